import type { Language } from '../../settings/core/constants';
import type { EmploymentEvent } from '../core/event';
import { registrationState } from '../search/event-state';
import { formatEventWhen } from '../dates/event-dates';
import { registrationText } from '../dates/registration-text';
import type { EventsMessages } from '../../i18n/messages/events';

type SummaryEvent = Omit<EmploymentEvent, 'descriptionHtml'>;

/** Where the event is, in one line: "Riom (63200)" or "En ligne – RIOM (dept 63)". */
export function placeLine(event: SummaryEvent, onlineLabel: string): string {
  if (event.place && !event.online) return `${event.place.city} (${event.place.postalCode})`;
  return event.locationLabel ? `${onlineLabel} – ${event.locationLabel}` : onlineLabel;
}

/**
 * A plain-text summary to paste into a case note or an email: title, type and dates,
 * place, capacity, registration window, organiser and link. No HTML.
 */
export function eventSummary(event: SummaryEvent, t: EventsMessages, language: Language, now: Date): string {
  const lines = [event.title, `${event.typeLabel} · ${formatEventWhen(event, language, now)}`];
  lines.push(`${t.summaryPlace} ${placeLine(event, t.online)}`);
  if (event.placesLeft !== null && event.placesLeft > 0) lines.push(t.placesLeft(event.placesLeft));
  else if (event.offersCount !== null) lines.push(t.offers(event.offersCount));
  const registration = registrationText(registrationState(event, now), t, language, now);
  if (registration) lines.push(registration);
  if (event.organiser) lines.push(`${t.summaryOrganiser} ${event.organiser}`);
  if (event.url) lines.push(`${t.summaryLink} ${event.url}`);
  // No-break spaces from Intl become plain ones: some case-file tools mangle them.
  return lines.join('\n').replace(/[\u00a0\u202f]/g, ' ');
}

/** Several events, separated by a blank line (the print selection, copied). */
export function eventsSummary(
  events: readonly SummaryEvent[],
  t: EventsMessages,
  language: Language,
  now: Date,
): string {
  return events.map((event) => eventSummary(event, t, language, now)).join('\n\n');
}
