import { fail, ok, type Result } from '../../core/app-error';
import type { GatewayRequester } from '../../agent-session/gateway-request';
import type { EmploymentEvent } from '../../events/core/event';
import { parseItems } from '../../events/core/parse-items';
import type { EventsSource, TerritoryEvents } from '../../events/source';
import { sameTerritory } from '../../events/refresh';
import { employmentEventSchema, eventsPageSchema } from '../../gateway-api/core/wire';
import { eventsCacheItem, gatewayEventsTagItem } from '../../platform/storage/items';

/**
 * Events from the gateway's shared copy (GET /api/v1/events, paged): the organisation's
 * gateway calls France Travail once for all its agents. The first page is asked with the
 * ETag of the copy this browser holds: a 304 means the local cache (the one the popup paints
 * from) is current, and nothing is downloaded again. The copy's age comes along (`ageSeconds`,
 * `Age`), and whether it is older than wanted: upstream failed (`stale`) or the gateway
 * serves its last copy while its database is down (`degraded`).
 */
export const PAGE_SIZE = 500;
/** 20 pages of 500: more than any territory has; a longer answer is cut, not looped on. */
export const MAX_PAGES = 20;

const keyOf = (source: EmploymentEvent['source'], id: string) => `${source}:${id}`;

export function createGatewayEventsSource(requester: GatewayRequester, gateway: string): EventsSource {
  const origin = `${gateway}/api/v1/events`;

  async function fromLocalCache(departements: readonly string[]): Promise<TerritoryEvents | undefined> {
    const cache = await eventsCacheItem.getValue();
    if (!cache || cache.source !== origin || !sameTerritory(cache.territory, departements)) return undefined;
    return { events: cache.events, dropped: cache.dropped, requests: 1 };
  }

  async function territory(departements: readonly string[], now: number): Promise<Result<TerritoryEvents>> {
    const query = (page: number) => {
      const params = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE) });
      if (departements.length > 0) params.set('departements', departements.join(','));
      return `/events?${params.toString()}`;
    };
    const tag = await gatewayEventsTagItem.getValue();
    const held = await fromLocalCache(departements);
    const conditional =
      tag && held && tag.origin === origin && sameTerritory(tag.territory, departements)
        ? { 'if-none-match': tag.etag }
        : undefined;

    const events: EmploymentEvent[] = [];
    let dropped = 0;
    let requests = 0;
    let etag: string | null = null;
    let copy: Pick<TerritoryEvents, 'fetchedAt' | 'staleCode'> = {};
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const answer = await requester.send({
        path: query(page),
        ...(page === 0 && conditional ? { headers: conditional } : {}),
        maxBytes: 8 * 1024 * 1024,
      });
      requests += 1;
      if (!answer.ok) return answer;
      if (answer.value.status === 304) {
        // The gateway's copy is the one held (a copy not current is always sent whole).
        const age = Number(answer.value.headers.get('age') ?? '0');
        if (page === 0 && held)
          return ok({ ...held, fetchedAt: now - (Number.isFinite(age) && age > 0 ? age : 0) * 1000 });
        return fail({ code: 'invalid_answer', service: 'gateway', detail: 'Unexpected 304' });
      }
      if (page === 0) etag = answer.value.headers.get('etag');
      let json: unknown;
      try {
        json = JSON.parse(answer.value.text);
      } catch {
        return fail({ code: 'invalid_answer', service: 'gateway', detail: 'Body is not JSON' });
      }
      const parsed = eventsPageSchema.safeParse(json);
      if (!parsed.success) {
        return fail({ code: 'invalid_answer', service: 'gateway', detail: 'Unexpected events page shape' });
      }
      if (page === 0) {
        copy = {
          fetchedAt: now - parsed.data.ageSeconds * 1000,
          ...(parsed.data.degraded
            ? { staleCode: 'server' as const }
            : parsed.data.stale
              ? { staleCode: 'upstream_unavailable' as const }
              : {}),
        };
      }
      const items = parseItems(
        parsed.data.events,
        employmentEventSchema,
        (event) => event as EmploymentEvent,
      );
      events.push(...items.items);
      dropped += items.dropped;
      if ((page + 1) * PAGE_SIZE >= parsed.data.total || parsed.data.events.length === 0) break;
    }
    const unique = [...new Map(events.map((event) => [event.key, event])).values()].sort((a, b) =>
      a.start.localeCompare(b.start),
    );
    if (etag) await gatewayEventsTagItem.setValue({ origin, territory: [...departements], etag });
    else await gatewayEventsTagItem.removeValue();
    return ok({ events: unique, dropped, requests, ...copy });
  }

  return {
    origin,
    territory: (departements, now) => territory(departements, now),
    event: async (source, id) => {
      if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
        return fail({ code: 'invalid_request', service: 'gateway', detail: 'Event id shape' });
      }
      return requester.json(
        { path: `/events/${encodeURIComponent(keyOf(source, id))}` },
        employmentEventSchema,
      );
    },
  };
}
