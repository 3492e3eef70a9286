import type { Language } from '../../lib/settings/core/constants';
import type { EmploymentEvent } from '../../lib/events/core/event';
import { isRunning, registrationState } from '../../lib/events/search/event-state';
import { formatEventWhen } from '../../lib/events/dates/event-dates';
import { registrationText } from '../../lib/events/dates/registration-text';
import { placeLine } from '../../lib/events/handover/summary';
import type { EventsMessages } from '../../lib/i18n/messages/events';

export type EventRowData = Omit<EmploymentEvent, 'descriptionHtml'>;

interface EventFactsProps {
  event: EventRowData;
  t: EventsMessages;
  language: Language;
  now: Date;
}

/**
 * What an agent needs to read on one row: type, when, where, capacity and the state of
 * the registration window. Shared by the popup and the side panel's list.
 */
export function EventFacts({ event, t, language, now }: EventFactsProps) {
  const registration = registrationState(event, now);
  const registrationLine = registrationText(registration, t, language, now);
  const capacity =
    event.placesLeft !== null && event.placesLeft > 0
      ? t.placesLeft(event.placesLeft)
      : event.offersCount !== null
        ? t.offers(event.offersCount)
        : null;
  return (
    <span className="event-facts">
      <span className="event-facts__line">
        <span className="event-badge">{event.typeLabel}</span>
        {isRunning(event, now) ? (
          <span className="event-badge event-badge--running">{t.runningNow}</span>
        ) : null}
        <span>{formatEventWhen(event, language, now)}</span>
      </span>
      <span className="event-facts__line event-facts__muted">
        <span>{placeLine(event, t.online)}</span>
        {capacity ? <span>{capacity}</span> : null}
        {registrationLine ? (
          <span className={`event-registration event-registration--${registration.kind}`}>
            {registrationLine}
          </span>
        ) : null}
      </span>
    </span>
  );
}
