import type { EmploymentEvent } from './core/event';
import type { EventsCache, EventsDigest } from '../platform/storage/items';
import { panelHead, selectForPopup } from './search/popup-selection';

/**
 * The popup shows 5 + 3 rows: a few more each, as some end before the next refresh. `head`:
 * the side panel's first rows (a tall panel shows about 8).
 */
export const DIGEST_LIMITS = { local: 10, fairs: 6, head: 24 };

/** The popup's slice: the territory's next events, then the fairs that concern it, without descriptions. */
export function buildDigest(
  cache: EventsCache,
  now: number,
  limits: { local: number; fairs: number; head?: number } = DIGEST_LIMITS,
): EventsDigest {
  const concerned = new Set(cache.concernedFairs ?? []);
  const selection = selectForPopup(cache.events, concerned, new Date(now), limits);
  const strip = ({ descriptionHtml: _omitted, ...rest }: EmploymentEvent) => rest;
  const head = panelHead(cache.events, new Date(now), limits.head ?? DIGEST_LIMITS.head);
  return {
    fetchedAt: cache.fetchedAt,
    territory: cache.territory,
    total: cache.events.length,
    local: selection.local.map(strip),
    fairs: selection.fairs.map(strip),
    localTotal: selection.localTotal,
    fairsTotal: selection.fairsTotal,
    head: {
      events: head.map(strip),
      concernedFairs: cache.concernedFairs
        ? head.filter((event) => concerned.has(event.key)).map((event) => event.key)
        : head.filter((event) => event.source === 'salon-en-ligne').map((event) => event.key),
    },
  };
}
