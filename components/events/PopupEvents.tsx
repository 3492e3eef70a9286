import { eventsDigestItem, eventsRefreshFailureItem } from '../../lib/platform/storage/items';
import { selectUpcoming } from '../../lib/events/search/popup-selection';
import { departementName } from '../../lib/settings/core/departements';
import { useI18n } from '../shared/i18n';
import { EmptyState } from '../shell/EmptyState';
import { EventFacts } from './EventFacts';
import { RefreshStatus } from './RefreshStatus';
import { useNow } from './use-now';
import { failureSince, useEventsRefresh } from './use-refresh';
import { useStorageItem } from './use-storage-item';
import './events.css';

/** How many rows the popup shows: enough for a glance, the side panel has the rest. */
export const POPUP_ROWS = 12;

interface PopupEventsProps {
  /** Opens the side panel on the events view, on one event's detail when a key is given. */
  onOpen: (eventKey?: string) => void;
}

/**
 * The popup's events view: painted from the small digest in storage before any network
 * answer, refreshed by the background, re-rendered when the digest changes.
 */
export function PopupEvents({ onOpen }: PopupEventsProps) {
  const { t, language } = useI18n();
  const now = useNow();
  const digest = useStorageItem(eventsDigestItem);
  const storedFailure = useStorageItem(eventsRefreshFailureItem);
  const { refreshing, error, refresh } = useEventsRefresh();
  const failure = error ?? failureSince(storedFailure, digest?.fetchedAt);

  if (digest === undefined) return null;
  if (digest === null) {
    if (failure && !refreshing) {
      return (
        <EmptyState
          title={t.events.firstLoadFailedTitle}
          action={
            <button type="button" className="button" onClick={() => refresh(true)}>
              {t.common.retry}
            </button>
          }
        >
          <p role="alert">{t.errors[failure.code] ?? t.errors.internal}</p>
        </EmptyState>
      );
    }
    return (
      <div role="status">
        <EmptyState title={t.events.loadingTitle}>
          <p>{t.events.loadingBody}</p>
        </EmptyState>
      </div>
    );
  }

  const events = selectUpcoming(digest.events, now, POPUP_ROWS);
  const territory = digest.territory.length
    ? t.events.territory(digest.territory.map((code) => departementName(code) ?? code).join(', '))
    : t.events.territoryAll;
  return (
    <section className="popup-events" aria-labelledby="popup-events-title">
      <div className="popup-events__head">
        <h2 id="popup-events-title">{t.events.popupHeading}</h2>
        <p className="events-muted">{territory}</p>
      </div>
      <RefreshStatus
        fetchedAt={digest.fetchedAt}
        refreshing={refreshing}
        failure={failure}
        onRetry={() => refresh(true)}
        now={now}
      />
      {events.length === 0 ? (
        <EmptyState title={t.events.noUpcomingTitle} level={3}>
          <p>{t.events.noUpcomingBody}</p>
        </EmptyState>
      ) : (
        <ul className="popup-events__list">
          {events.map((event) => (
            <li key={event.key}>
              <button type="button" className="event-row" onClick={() => onOpen(event.key)}>
                <span className="event-row__title">{event.title}</span>
                <EventFacts event={event} t={t.events} language={language} now={now} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="popup-events__footer">
        <button type="button" className="button" onClick={() => onOpen()}>
          {digest.total > 0 ? t.events.seeAllCount(digest.total) : t.events.seeAll}
        </button>
      </div>
    </section>
  );
}
