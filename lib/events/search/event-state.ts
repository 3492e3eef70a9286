import type { EmploymentEvent } from '../core/event';
import { parisDay } from '../../core/paris-time';
import { PARIS, zonedDate } from '../../core/zoned-time';

/** What the state derivations need of an event (the popup's digest rows have no description). */
export type EventTiming = Pick<EmploymentEvent, 'start' | 'end' | 'hasTime' | 'runningNow'> &
  Partial<Pick<EmploymentEvent, 'timeZone'>>;

/** The calendar day of an instant in the event's own zone (Paris for online fairs). */
export function eventDay(event: Partial<Pick<EmploymentEvent, 'timeZone'>>, instant: string | Date): string {
  return zonedDate(new Date(instant).getTime(), event.timeZone || PARIS);
}

/**
 * Whether an event is over. Timed events end at their end instant; events known by day
 * only (online fairs) last until the end of their last day (Paris).
 */
export function hasEnded(event: EventTiming, now: Date): boolean {
  const last = event.end ?? event.start;
  if (event.hasTime) return Date.parse(last) < now.getTime();
  return eventDay(event, last) < eventDay(event, now);
}

/** Running now: started and not over (the source's own "en cours" flag counts too). */
export function isRunning(event: EventTiming, now: Date): boolean {
  if (hasEnded(event, now)) return false;
  if (event.runningNow) return true;
  if (event.hasTime) return Date.parse(event.start) <= now.getTime();
  return eventDay(event, event.start) <= eventDay(event, now);
}

export type RegistrationState =
  | { kind: 'closed' }
  | { kind: 'full' }
  | { kind: 'opens'; at: string }
  | { kind: 'open-until'; at: string }
  | { kind: 'open' };

type RegistrationInput = EventTiming &
  Pick<EmploymentEvent, 'placesLeft' | 'registrationOpensAt' | 'registrationClosesAt'>;

/**
 * The registration window as the agent must tell the person: closed (past its last day,
 * or the event is over), full, not open yet, open until a day, or open. Registration
 * dates are days: "jusqu'au 30 nov." includes the 30th.
 */
export function registrationState(event: RegistrationInput, now: Date): RegistrationState {
  const today = parisDay(now);
  if (hasEnded(event, now)) return { kind: 'closed' };
  if (event.registrationClosesAt && parisDay(event.registrationClosesAt) < today) return { kind: 'closed' };
  if (event.placesLeft !== null && event.placesLeft <= 0) return { kind: 'full' };
  if (event.registrationOpensAt && parisDay(event.registrationOpensAt) > today) {
    return { kind: 'opens', at: event.registrationOpensAt };
  }
  if (event.registrationClosesAt) return { kind: 'open-until', at: event.registrationClosesAt };
  return { kind: 'open' };
}
