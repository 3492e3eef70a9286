import type { ApiAccess } from '../platform/auth/api-access';
import type { EmploymentEvent } from './core/event';
import { fail, ok, type Result } from '../core/app-error';
import { selectUpcoming } from './search/popup-selection';
import { createRateLimiter, mapWithConcurrency } from '../platform/http/rate-limiter';
import type { RefreshSummary } from '../platform/messaging/protocol';
import {
  eventsCacheItem,
  eventsDigestItem,
  eventsRefreshFailureItem,
  type EventsCache,
  type EventsDigest,
} from '../platform/storage/items';
import { MEE_MAX_PAGE_SIZE, type MeeSearchBody } from './core/wire/mee';
import { listOnlineFairs, searchEventsPage, type EventsPage } from './client';
import { zonedDate } from '../core/zoned-time';

export const REFRESH_LIMITS = {
  pageSize: MEE_MAX_PAGE_SIZE,
  concurrency: 3,
  /** Under the gateway's per-client quota (about 10/s, france-travail-apis.md §1.5). */
  requestsPerSecond: 8,
  /** 100 pages of 100: far above any territory, a bound against a runaway total. */
  maxPages: 100,
  digestSize: 30,
};

/** A cache younger than this is served as is unless the agent forces a refresh. */
export const FRESH_MS = 5 * 60_000;

export function sameTerritory(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

/** The MEE search of a territory from today (Paris), so past events do not come back. */
export function territoryQuery(departements: readonly string[], now: number): MeeSearchBody {
  return {
    dateDebut: zonedDate(now),
    ...(departements.length > 0 ? { departements: [...departements] } : {}),
  };
}

/** The popup's slice: the next events, running online fairs first, without descriptions. */
export function buildDigest(cache: EventsCache, now: number, size = REFRESH_LIMITS.digestSize): EventsDigest {
  const upcoming = selectUpcoming(cache.events, new Date(now), size);
  return {
    fetchedAt: cache.fetchedAt,
    territory: cache.territory,
    total: cache.events.length,
    events: upcoming.map(({ descriptionHtml: _omitted, ...rest }) => rest),
  };
}

function mergeByKey(lists: readonly EmploymentEvent[][]): EmploymentEvent[] {
  const byKey = new Map<string, EmploymentEvent>();
  for (const list of lists) for (const event of list) byKey.set(event.key, event);
  return [...byKey.values()].sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
}

interface Fetched {
  events: EmploymentEvent[];
  dropped: number;
  requests: number;
}

/** Every page of the territory's search, at most 3 at a time and 8 starts per second. */
async function fetchTerritory(
  access: ApiAccess,
  departements: readonly string[],
  now: number,
): Promise<Result<Fetched>> {
  const limiter = createRateLimiter(REFRESH_LIMITS.requestsPerSecond);
  const body = territoryQuery(departements, now);
  const size = REFRESH_LIMITS.pageSize;
  const page = async (index: number) => {
    await limiter.acquire();
    return searchEventsPage(access, body, index, size, { now });
  };
  const fairs = async () => {
    await limiter.acquire();
    return listOnlineFairs(access);
  };

  const [first, onlineFairs] = await Promise.all([page(0), fairs()]);
  if (!first.ok) return first;
  if (!onlineFairs.ok) return onlineFairs;
  const pageCount = Math.min(Math.ceil(first.value.totalElements / size), REFRESH_LIMITS.maxPages);
  const rest = Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => i + 1);
  let failure: Result<never> | null = null;
  const pages = await mapWithConcurrency(rest, REFRESH_LIMITS.concurrency, async (index) => {
    if (failure) return null;
    const result = await page(index);
    if (!result.ok) failure ??= fail(result.error);
    return result.ok ? result.value : null;
  });
  if (failure) return failure;
  const all = [first.value, ...pages.filter((p): p is EventsPage => p !== null)];
  return ok({
    events: mergeByKey([...all.map((p) => p.events), onlineFairs.value.events]),
    dropped: all.reduce((n, p) => n + p.dropped, 0) + onlineFairs.value.dropped,
    requests: 2 + rest.length,
  });
}

/**
 * Fetches the events of the agent's territory into the cache (storage.local, public data
 * only) and its popup digest. On failure the previous cache stays and the failure is
 * recorded, so the UI can say it shows an older list.
 */
export async function refreshEventsCache(
  access: ApiAccess,
  departements: readonly string[],
  options: { force?: boolean; now?: number; source?: string } = {},
): Promise<Result<RefreshSummary>> {
  const now = options.now ?? Date.now();
  const current = await eventsCacheItem.getValue();
  if (
    !options.force &&
    current &&
    sameTerritory(current.territory, departements) &&
    current.source === options.source &&
    now - Date.parse(current.fetchedAt) < FRESH_MS
  ) {
    return ok({
      fetchedAt: current.fetchedAt,
      count: current.events.length,
      dropped: current.dropped,
      requests: 0,
    });
  }
  const fetched = await fetchTerritory(access, departements, now);
  if (!fetched.ok) {
    await eventsRefreshFailureItem.setValue({ at: new Date(now).toISOString(), code: fetched.error.code });
    return fetched;
  }
  const cache: EventsCache = {
    fetchedAt: new Date(now).toISOString(),
    territory: [...departements],
    ...(options.source ? { source: options.source } : {}),
    events: fetched.value.events,
    dropped: fetched.value.dropped,
  };
  await eventsCacheItem.setValue(cache);
  await eventsDigestItem.setValue(buildDigest(cache, now));
  await eventsRefreshFailureItem.removeValue();
  return ok({
    fetchedAt: cache.fetchedAt,
    count: cache.events.length,
    dropped: cache.dropped,
    requests: fetched.value.requests,
  });
}

/** The refresh under way, if any, and what it fetches (territory and events API). */
let running: { scope: string; promise: Promise<Result<RefreshSummary>> } | null = null;

/**
 * One refresh at a time: a caller asking for the same territory from the same events API
 * (alarm and UI together) shares the running one; another territory or another API (the
 * settings changed meanwhile) waits for it, then runs its own.
 */
export function refreshEventsOnce(
  access: ApiAccess,
  departements: readonly string[],
  options: { force?: boolean; source?: string } = {},
): Promise<Result<RefreshSummary>> {
  const scope = `${[...departements].sort().join()}|${options.source ?? ''}`;
  if (running?.scope === scope) return running.promise;
  const previous = running?.promise ?? Promise.resolve(null);
  const promise = previous
    .catch(() => null)
    .then(() => refreshEventsCache(access, departements, options))
    .finally(() => {
      if (running?.promise === promise) running = null;
    });
  running = { scope, promise };
  return promise;
}
