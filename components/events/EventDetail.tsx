import { useEffect, useRef, useState } from 'react';
import type { EmploymentEvent } from '../../lib/events/core/event';
import { registrationState } from '../../lib/events/search/event-state';
import { formatEventWhen } from '../../lib/events/dates/event-dates';
import { registrationText } from '../../lib/events/dates/registration-text';
import { mapLink } from '../../lib/events/handover/map-link';
import { placeLine } from '../../lib/events/handover/summary';
import { sendMessage } from '../../lib/platform/messaging/messenger';
import { useI18n } from '../shared/i18n';
import { EventDescription } from './EventDescription';
import { HandoverActions } from './HandoverActions';
import { PrintSheet } from './PrintSheet';
import type { QrEncoder } from './QrCode';

interface EventDetailProps {
  /** The event as cached; replaced by the fresh detail when the background has it. */
  event: EmploymentEvent;
  onBack: () => void;
  now: Date;
  announce: (message: string) => void;
  /** Printing (use-print.ts): the QR encoder once loaded, and the print action. */
  printing: { encode: QrEncoder | null; print: () => void };
}

const isWebLink = (url: string | null): url is string => !!url && /^https?:\/\//i.test(url);

/** One event in full: facts, sanitised description, registration link, hand-over actions. */
export function EventDetail({ event, onBack, now, announce, printing }: EventDetailProps) {
  const { t, language } = useI18n();
  const e = t.events;
  const p = t.eventsPanel;
  const heading = useRef<HTMLHeadingElement>(null);
  const [fresh, setFresh] = useState<EmploymentEvent | null>(null);
  const [status, setStatus] = useState<'loading' | 'fresh' | 'stale'>('loading');

  useEffect(() => {
    heading.current?.focus();
  }, []);

  useEffect(() => {
    let active = true;
    sendMessage('getEventDetail', { source: event.source, id: event.id })
      .then((result) => {
        if (!active) return;
        if (result.ok) setFresh(result.value);
        setStatus(result.ok ? 'fresh' : 'stale');
      })
      .catch(() => {
        if (active) setStatus('stale');
      });
    return () => {
      active = false;
    };
  }, [event.source, event.id]);

  const shown = fresh ?? event;
  const registration = registrationText(registrationState(shown, now), e, language, now);
  return (
    <>
      <article
        className="event-detail"
        aria-labelledby="event-detail-title"
        onKeyDown={(ev) => {
          if (ev.key === 'Escape') {
            ev.preventDefault();
            onBack();
          }
        }}
      >
        <div>
          <button type="button" className="button button--secondary" onClick={onBack}>
            {p.backToList}
          </button>
        </div>
        <h2 id="event-detail-title" ref={heading} tabIndex={-1}>
          {shown.title}
        </h2>
        {status === 'loading' ? <p className="events-muted">{p.detailRefreshing}</p> : null}
        {status === 'stale' ? <p className="events-muted">{p.detailStale}</p> : null}
        <dl>
          <dt>{p.type}</dt>
          <dd>{shown.typeLabel}</dd>
          <dt>{p.schedule}</dt>
          <dd>{formatEventWhen(shown, language, now)}</dd>
          <dt>{p.place}</dt>
          <dd>
            {placeLine(shown, e.online)}
            {shown.place && !shown.online ? (
              <>
                {' '}
                <a href={mapLink(shown.place)} target="_blank" rel="noopener noreferrer">
                  {p.mapLink}
                </a>
              </>
            ) : null}
          </dd>
          {shown.placesLeft !== null && shown.placesTotal !== null ? (
            <>
              <dt>{p.capacity}</dt>
              <dd>{shown.placesLeft > 0 ? p.capacityDetail(shown.placesLeft, shown.placesTotal) : e.full}</dd>
            </>
          ) : shown.offersCount !== null ? (
            <>
              <dt>{p.capacity}</dt>
              <dd>{e.offers(shown.offersCount)}</dd>
            </>
          ) : null}
          <dt>{p.registration}</dt>
          <dd>{registration ?? e.registrationOpen}</dd>
          {shown.organiser ? (
            <>
              <dt>{p.organiser}</dt>
              <dd>{shown.organiser}</dd>
            </>
          ) : null}
          {shown.audiences.length ? (
            <>
              <dt>{p.audiences}</dt>
              <dd>{shown.audiences.join(', ')}</dd>
            </>
          ) : null}
          {shown.objectives.length ? (
            <>
              <dt>{p.objectives}</dt>
              <dd>{shown.objectives.join(', ')}</dd>
            </>
          ) : null}
        </dl>
        {isWebLink(shown.url) ? (
          <p>
            <a className="button" href={shown.url} target="_blank" rel="noopener noreferrer">
              {shown.source === 'salon-en-ligne' ? p.onlineFairLink : p.registerLink}
            </a>
          </p>
        ) : null}
        <section aria-labelledby="event-description-title">
          <h3 id="event-description-title">{p.description}</h3>
          <EventDescription html={shown.descriptionHtml} />
        </section>
        <HandoverActions event={shown} now={now} announce={announce} onPrint={printing.print} />
      </article>
      <PrintSheet events={[shown]} now={now} encode={printing.encode} />
    </>
  );
}
