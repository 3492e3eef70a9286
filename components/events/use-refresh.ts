import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError, ErrorCode } from '../../lib/core/app-error';
import { sendMessage } from '../../lib/platform/messaging/messenger';
import type { RefreshFailure } from '../../lib/platform/storage/items';

export interface RefreshState {
  refreshing: boolean;
  /** The last refresh's failure, when it failed (cleared by a success). */
  error: AppError | null;
  refresh: (force: boolean) => void;
}

/**
 * Asks the background to refresh the events cache when the view opens (the background
 * answers at once when its cache is fresh) and on demand. The list itself is read from
 * storage: this only tracks the request.
 */
export function useEventsRefresh(): RefreshState {
  const [refreshing, setRefreshing] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const mounted = useRef(true);

  const refresh = useCallback((force: boolean) => {
    setRefreshing(true);
    sendMessage('refreshEvents', force ? { force } : {})
      .then((result) => {
        if (!mounted.current) return;
        setError(result.ok ? null : result.error);
      })
      .catch(() => {
        if (mounted.current) setError({ code: 'internal', detail: 'The background did not answer' });
      })
      .finally(() => {
        if (mounted.current) setRefreshing(false);
      });
  }, []);

  useEffect(() => {
    mounted.current = true;
    refresh(false);
    return () => {
      mounted.current = false;
    };
  }, [refresh]);

  return { refreshing, error, refresh };
}

/**
 * The background's last stored refresh failure, when it is newer than the list shown (or no
 * list was ever fetched); null when that list came after it.
 */
export function failureSince(
  stored: RefreshFailure | null | undefined,
  fetchedAt: string | undefined,
): { code: ErrorCode } | null {
  if (!stored) return null;
  return fetchedAt === undefined || stored.at > fetchedAt ? { code: stored.code as ErrorCode } : null;
}
