import type { EmploymentEvent } from '../../lib/events/core/event';
import { registrationState } from '../../lib/events/search/event-state';
import { formatEventWhen, formatLongDay } from '../../lib/events/dates/event-dates';
import { registrationText } from '../../lib/events/dates/registration-text';
import { placeLine } from '../../lib/events/handover/summary';
import { useI18n } from '../shared/i18n';

/** The selected events as one clean page to give the person (shown only when printing). */
export function PrintSheet({ events, now }: { events: readonly EmploymentEvent[]; now: Date }) {
  const { t, language } = useI18n();
  if (events.length === 0) return null;
  return (
    <section className="print-only print-sheet" aria-hidden="true">
      <h1>{t.events.printTitle}</h1>
      <p>{t.events.printPrepared(formatLongDay(now.toISOString(), language))}</p>
      <ol>
        {events.map((event) => {
          const registration = registrationText(registrationState(event, now), t.events, language, now);
          const when = `${event.typeLabel} · ${formatEventWhen(event, language, now)}`;
          return (
            <li key={event.key}>
              <strong>{event.title}</strong>
              <br />
              {when}
              <br />
              {placeLine(event, t.events.online)}
              {registration ? (
                <>
                  <br />
                  {registration}
                </>
              ) : null}
              {event.url ? (
                <>
                  <br />
                  {event.url}
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p>{t.events.printAdvice}</p>
    </section>
  );
}
