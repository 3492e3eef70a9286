import type { AppError, ErrorCode } from '../../lib/core/app-error';
import { formatTimeAgo } from '../../lib/events/dates/relative-time';
import { useI18n } from '../shared/i18n';

interface RefreshStatusProps {
  fetchedAt: string | null;
  refreshing: boolean;
  /** Why the last refresh failed, when the list shown is older than wanted. */
  failure: Pick<AppError, 'code'> | null;
  onRetry: () => void;
  now: Date;
}

/**
 * "Mis à jour il y a 5 min", the refresh under way, and — when the last refresh failed —
 * a banner that says the list is the cached one, why, and offers a retry.
 */
export function RefreshStatus({ fetchedAt, refreshing, failure, onRetry, now }: RefreshStatusProps) {
  const { t, language } = useI18n();
  const ago = fetchedAt ? formatTimeAgo(fetchedAt, now, language) : null;
  return (
    <>
      <p className="events-updated" role="status">
        {refreshing
          ? t.events.refreshing
          : fetchedAt
            ? ago
              ? t.events.updatedAgo(ago)
              : t.events.updatedJustNow
            : null}
      </p>
      {failure && fetchedAt && !refreshing ? (
        <div className="banner banner--warning" role="alert">
          <p>{ago ? t.events.staleBanner(ago) : t.events.staleBannerJustNow}</p>
          <p>{t.errors[failure.code as ErrorCode] ?? t.errors.internal}</p>
          <button type="button" className="button button--secondary" onClick={onRetry}>
            {t.common.retry}
          </button>
        </div>
      ) : null}
    </>
  );
}
