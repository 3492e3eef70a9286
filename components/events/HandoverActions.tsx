import type { EmploymentEvent } from '../../lib/events/core/event';
import { downloadTextFile } from '../../lib/events/handover/download';
import { eventSummary } from '../../lib/events/handover/summary';
import { useI18n } from '../shared/i18n';
import { copyText } from './clipboard';

interface HandoverActionsProps {
  event: EmploymentEvent;
  now: Date;
  /** Says the outcome in the view's live region. */
  announce: (message: string) => void;
}

/** Hand the event over: a calendar file, the link, a plain-text summary. */
export function HandoverActions({ event, now, announce }: HandoverActionsProps) {
  const { t, language } = useI18n();
  const addToCalendar = async () => {
    const { buildIcs, icsFileName } = await import('../../lib/events/handover/ics');
    const result = buildIcs([event], new Date(), t.events.online);
    if (!result.ok) {
      announce(t.events.calendarFailed);
      return;
    }
    const name = icsFileName(event);
    downloadTextFile(name, result.ics, 'text/calendar;charset=utf-8');
    announce(t.events.calendarSaved(name));
  };
  const copy = async (text: string, done: string) => {
    announce((await copyText(text)) ? done : t.events.copyFailed);
  };
  return (
    <section aria-labelledby="handover-title">
      <h3 id="handover-title">{t.events.handover}</h3>
      <div className="actions">
        <button type="button" className="button" onClick={() => void addToCalendar()}>
          {t.events.addToCalendar}
        </button>
        {event.url ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void copy(event.url ?? '', t.events.linkCopied)}
          >
            {t.events.copyLink}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void copy(eventSummary(event, t.events, language, now), t.events.summaryCopied)}
        >
          {t.events.copySummary}
        </button>
      </div>
    </section>
  );
}
