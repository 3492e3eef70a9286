import type { ApiAccess } from '../platform/auth/api-access';
import { fail, ok, type Result } from '../core/app-error';
import { zonedDate } from '../core/zoned-time';
import { createRateLimiter, mapWithConcurrency } from '../platform/http/rate-limiter';
import type { EmploymentEvent } from './core/event';
import { MEE_MAX_PAGE_SIZE, type MeeSearchBody } from './core/wire/mee';
import { getMeeEvent, getOnlineFair, listOnlineFairs, searchEventsPage, type EventsPage } from './client';
import type { EventsSource, TerritoryEvents } from './source';

export const REFRESH_LIMITS = {
  pageSize: MEE_MAX_PAGE_SIZE,
  concurrency: 3,
  /** Under the gateway's per-client quota (about 10/s, france-travail-apis.md §1.5). */
  requestsPerSecond: 8,
  /** 100 pages of 100: far above any territory, a bound against a runaway total. */
  maxPages: 100,
};

/** The MEE search of a territory from today (Paris), so past events do not come back. */
export function territoryQuery(departements: readonly string[], now: number): MeeSearchBody {
  return {
    dateDebut: zonedDate(now),
    ...(departements.length > 0 ? { departements: [...departements] } : {}),
  };
}

function mergeByKey(lists: readonly EmploymentEvent[][]): EmploymentEvent[] {
  const byKey = new Map<string, EmploymentEvent>();
  for (const list of lists) for (const event of list) byKey.set(event.key, event);
  return [...byKey.values()].sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
}

/** Every page of the territory's search, at most 3 at a time and 8 starts per second. */
async function fetchTerritory(
  access: ApiAccess,
  departements: readonly string[],
  now: number,
): Promise<Result<TerritoryEvents>> {
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
 * The "direct" events source: the France Travail events APIs (MEE search and detail, online
 * fairs) called from the extension with the partner token, `origin` being their base URL.
 */
export function createDirectEventsSource(access: ApiAccess, origin: string): EventsSource {
  return {
    origin,
    territory: (departements, now) => fetchTerritory(access, departements, now),
    event: (source, id) => (source === 'mee' ? getMeeEvent(access, id) : getOnlineFair(access, id)),
  };
}
