import type { EmploymentEvent } from '../../lib/events/core/event';
import { registrationState } from '../../lib/events/search/event-state';
import { formatEventWhen, formatLongDay } from '../../lib/events/dates/event-dates';
import { registrationText } from '../../lib/events/dates/registration-text';
import { placeLine } from '../../lib/events/handover/summary';
import { useI18n } from '../shared/i18n';
import { QrCode, type QrEncoder } from './QrCode';

interface PrintSheetProps {
  events: readonly EmploymentEvent[];
  now: Date;
  /** The QR encoder once loaded (use-print.ts); until then each link prints as text only. */
  encode: QrEncoder | null;
}

/**
 * The events as one clean page to give the person (shown only when printing): the selected
 * list, or one event's detail. Each event carries its registration link as text and as a
 * QR code the person scans with a phone.
 */
export function PrintSheet({ events, now, encode }: PrintSheetProps) {
  const { t, language } = useI18n();
  const e = t.events;
  const p = t.eventsPanel;
  if (events.length === 0) return null;
  return (
    <section className="print-only print-sheet" aria-hidden="true">
      <h1>{events.length === 1 ? p.printTitleOne : e.printTitle}</h1>
      <p>{e.printPrepared(formatLongDay(now.toISOString(), language))}</p>
      <ol>
        {events.map((event) => {
          const registration = registrationText(registrationState(event, now), e, language, now);
          const when = `${event.typeLabel} · ${formatEventWhen(event, language, now)}`;
          return (
            <li key={event.key} className="print-sheet__event">
              <div>
                <strong>{event.title}</strong>
                <br />
                {when}
                <br />
                {placeLine(event, e.online)}
                {registration ? (
                  <>
                    <br />
                    {registration}
                  </>
                ) : null}
                {event.url ? (
                  <>
                    <br />
                    <span className="print-sheet__url">{event.url}</span>
                  </>
                ) : null}
              </div>
              {event.url && encode ? (
                <figure className="print-sheet__qr">
                  <QrCode encode={encode} text={event.url} label={p.qrLabel} />
                  <figcaption>{p.qrHint}</figcaption>
                </figure>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p>{e.printAdvice}</p>
    </section>
  );
}
