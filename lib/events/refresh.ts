import type { EmploymentEvent } from './core/event';
import { ok, type Result } from '../core/app-error';
import { buildDigest } from './digest';
import { concernsTerritory, fairMatcher, type NamedCommune } from './core/fair-relevance';
import {
  eventsCacheItem,
  eventsDigestItem,
  eventsRefreshFailureItem,
  type EventsCache,
} from '../platform/storage/items';
import type { EventsSource } from './source';

export { buildDigest, DIGEST_LIMITS } from './digest';

/** What a refresh of the events cache did (the `refreshEvents` message's answer). */
export interface RefreshSummary {
  fetchedAt: string;
  count: number;
  /** Malformed items dropped while parsing. */
  dropped: number;
  requests: number;
}

/** A cache younger than this is served as is unless the agent forces a refresh. */
export const FRESH_MS = 5 * 60_000;

export function sameTerritory(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

/** Keys of the online fairs whose localisation concerns the territory (or all of France). */
export function concernedFairKeys(
  events: readonly EmploymentEvent[],
  departements: readonly string[],
  communes: Iterable<NamedCommune>,
): string[] {
  const matches = fairMatcher(departements, communes);
  return events
    .filter((event) => event.source === 'salon-en-ligne' && concernsTerritory(matches(event.locationLabel)))
    .map((event) => event.key);
}

/**
 * Fetches the events of the agent's territory into the cache (storage.local, public data
 * only) and its popup digest. On failure the previous cache stays and the failure is
 * recorded, so the UI can say it shows an older list.
 */
export interface RefreshOptions {
  force?: boolean;
  now?: number;
  source?: string;
  /** Every commune (the packaged index), to match online fairs to the territory's communes. */
  communes?: () => Promise<readonly NamedCommune[]>;
}

export async function refreshEventsCache(
  events: EventsSource,
  departements: readonly string[],
  options: RefreshOptions = {},
): Promise<Result<RefreshSummary>> {
  const now = options.now ?? Date.now();
  const source = options.source ?? events.origin;
  const current = await eventsCacheItem.getValue();
  if (
    !options.force &&
    current &&
    sameTerritory(current.territory, departements) &&
    current.source === source &&
    current.concernedFairs &&
    now - Date.parse(current.fetchedAt) < FRESH_MS
  ) {
    return ok({
      fetchedAt: current.fetchedAt,
      count: current.events.length,
      dropped: current.dropped,
      requests: 0,
    });
  }
  const fetched = await events.territory(departements, now);
  if (!fetched.ok) {
    await eventsRefreshFailureItem.setValue({ at: new Date(now).toISOString(), code: fetched.error.code });
    return fetched;
  }
  // Without the index (unreadable), fairs are still matched by département, region and number.
  const communes = departements.length > 0 ? ((await options.communes?.().catch(() => [])) ?? []) : [];
  // A copy served by the gateway carries its own age: the list says when France Travail gave it.
  const fetchedAt = Math.min(now, fetched.value.fetchedAt ?? now);
  const cache: EventsCache = {
    fetchedAt: new Date(fetchedAt).toISOString(),
    territory: [...departements],
    ...(source ? { source } : {}),
    events: fetched.value.events,
    dropped: fetched.value.dropped,
    concernedFairs: concernedFairKeys(fetched.value.events, departements, communes),
  };
  await eventsCacheItem.setValue(cache);
  await eventsDigestItem.setValue(buildDigest(cache, now));
  if (fetched.value.staleCode) {
    // Shown as for a failed refresh: the list is the older copy, and why.
    await eventsRefreshFailureItem.setValue({
      at: new Date(now).toISOString(),
      code: fetched.value.staleCode,
    });
  } else await eventsRefreshFailureItem.removeValue();
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
  events: EventsSource,
  departements: readonly string[],
  options: Omit<RefreshOptions, 'now'> = {},
): Promise<Result<RefreshSummary>> {
  const scope = `${[...departements].sort().join()}|${options.source ?? events.origin}`;
  if (running?.scope === scope) return running.promise;
  const previous = running?.promise ?? Promise.resolve(null);
  const promise = previous
    .catch(() => null)
    .then(() => refreshEventsCache(events, departements, options))
    .finally(() => {
      if (running?.promise === promise) running = null;
    });
  running = { scope, promise };
  return promise;
}
