import type { EmploymentEvent } from '../../lib/events/core/event';
import { downloadTextFile } from '../../lib/events/handover/download';
import { mailDraft } from '../../lib/events/handover/mail';
import { eventSummary } from '../../lib/events/handover/summary';
import { useI18n } from '../shared/i18n';
import { copyText } from './clipboard';

interface HandoverActionsProps {
  event: EmploymentEvent;
  now: Date;
  /** Says the outcome in the view's live region. */
  announce: (message: string) => void;
  /** Prints the event's sheet, with the QR code of its registration page. */
  onPrint: () => void;
}

/** Hand the event over: a calendar file, an e-mail, a printed sheet, the link, a summary. */
export function HandoverActions({ event, now, announce, onPrint }: HandoverActionsProps) {
  const { t, language } = useI18n();
  const e = t.events;
  const p = t.eventsPanel;
  const addToCalendar = async () => {
    const { buildIcs, icsFileName } = await import('../../lib/events/handover/ics');
    const result = buildIcs([event], new Date(), e.online);
    if (!result.ok) {
      announce(e.calendarFailed);
      return;
    }
    const name = icsFileName(event);
    downloadTextFile(name, result.ics, 'text/calendar;charset=utf-8');
    announce(e.calendarSaved(name));
  };
  const copy = async (text: string, done: string) => {
    announce((await copyText(text)) ? done : e.copyFailed);
  };
  const mail = mailDraft([event], e, p, language, now);
  return (
    <section aria-labelledby="handover-title">
      <h3 id="handover-title">{e.handover}</h3>
      <div className="actions">
        <button type="button" className="button" onClick={() => void addToCalendar()}>
          {e.addToCalendar}
        </button>
        <a className="button button--secondary" href={mail.url} onClick={() => announce(p.mailOpened)}>
          {p.mailAction}
        </a>
        <button type="button" className="button button--secondary" onClick={onPrint}>
          {p.print}
        </button>
        {event.url ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void copy(event.url ?? '', e.linkCopied)}
          >
            {e.copyLink}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void copy(eventSummary(event, e, language, now), e.summaryCopied)}
        >
          {e.copySummary}
        </button>
      </div>
    </section>
  );
}
