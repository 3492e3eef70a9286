// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDirectApiAccess } from '../platform/auth/api-access';
import { simulatorPreset } from '../settings/core/endpoints';
import {
  eventsCacheItem,
  eventsDigestItem,
  eventsRefreshFailureItem,
  type EventsCache,
} from '../platform/storage/items';
import { PARTNER_TOKEN_SAMPLE } from '../platform/auth/core/fixtures';
import { MEE_EVENEMENT_SAMPLE, SALON_EN_LIGNE_SAMPLE } from './core/wire/fixtures';
import { createDirectEventsSource, territoryQuery } from './direct-source';
import { buildDigest, refreshEventsCache, refreshEventsOnce } from './refresh';

const BASE = 'http://127.0.0.1:9998';
const API = `${BASE}/partenaire/evenements/v1`;
const access = createDirectApiAccess({
  loadEndpoints: async () => ({ environment: 'simulator', ...simulatorPreset(BASE) }),
  identity: { getRedirectURL: () => '', launchWebAuthFlow: () => Promise.reject(new Error('unused')) },
});
const events = createDirectEventsSource(access, API);
const NOW = Date.parse('2025-03-10T10:00:00Z');

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() => {
  fakeBrowser.reset();
  server.use(
    http.post(`${BASE}/connexion/oauth2/access_token`, () => HttpResponse.json(PARTNER_TOKEN_SAMPLE)),
  );
});

/** A MEE search of `total` events (every tenth malformed) served page by page. */
function meeSearch(total: number, failPage?: number) {
  const bodies: unknown[] = [];
  server.use(
    http.post(`${API}/mee/evenements`, async ({ request }) => {
      const url = new URL(request.url);
      const page = Number(url.searchParams.get('page'));
      const size = Number(url.searchParams.get('size'));
      bodies.push(await request.json());
      if (page === failPage) return new HttpResponse(null, { status: 500 });
      const content = Array.from({ length: Math.max(0, Math.min(size, total - page * size)) }, (_, i) => {
        const id = page * size + i;
        return id % 10 === 9 ? { ...MEE_EVENEMENT_SAMPLE, id, titre: 42 } : { ...MEE_EVENEMENT_SAMPLE, id };
      });
      return HttpResponse.json({ totalElements: total, content });
    }),
    http.get(`${API}/salonsenligne`, () => HttpResponse.json([SALON_EN_LIGNE_SAMPLE, { titre: 'broken' }])),
  );
  return bodies;
}

const OLD_CACHE: EventsCache = {
  fetchedAt: '2025-03-09T10:00:00.000Z',
  territory: ['63'],
  source: API,
  events: [],
  dropped: 0,
};

describe('refreshEventsCache', () => {
  it('asks from today in Paris for the territory, 100 per page, and counts dropped items', async () => {
    const bodies = meeSearch(250);
    const summary = await refreshEventsCache(events, ['63'], { force: true, now: NOW });
    expect(bodies).toHaveLength(3);
    expect(bodies[0]).toEqual({ dateDebut: '2025-03-10', departements: ['63'] });
    expect(summary).toEqual({
      ok: true,
      value: { fetchedAt: new Date(NOW).toISOString(), count: 226, dropped: 26, requests: 4 },
    });
    const cache = await eventsCacheItem.getValue();
    expect(cache?.territory).toEqual(['63']);
    expect(await eventsRefreshFailureItem.getValue()).toBeNull();
  });

  it('keeps the previous cache and records the failure when a page fails', async () => {
    await eventsCacheItem.setValue(OLD_CACHE);
    meeSearch(250, 2);
    const summary = await refreshEventsCache(events, ['63'], { force: true, now: NOW });
    expect(summary).toMatchObject({ ok: false, error: { code: 'server', status: 500 } });
    expect(await eventsCacheItem.getValue()).toEqual(OLD_CACHE);
    expect(await eventsRefreshFailureItem.getValue()).toEqual({
      at: new Date(NOW).toISOString(),
      code: 'server',
    });
  });

  it('serves a fresh cache of the same territory without a request unless forced', async () => {
    await eventsCacheItem.setValue({
      ...OLD_CACHE,
      fetchedAt: new Date(NOW - 60_000).toISOString(),
      concernedFairs: [],
    });
    const bodies = meeSearch(5);
    expect(await refreshEventsCache(events, ['63'], { now: NOW })).toMatchObject({
      ok: true,
      value: { requests: 0 },
    });
    expect(bodies).toHaveLength(0);
    await refreshEventsCache(events, ['75'], { now: NOW });
    expect(bodies).toHaveLength(1);
  });

  it('treats an empty search body as no result', async () => {
    server.use(
      http.post(`${API}/mee/evenements`, () => new HttpResponse(null, { status: 204 })),
      http.get(`${API}/salonsenligne`, () => HttpResponse.json([])),
    );
    expect(await refreshEventsCache(events, [], { force: true, now: NOW })).toMatchObject({
      ok: true,
      value: { count: 0, requests: 2 },
    });
    expect(territoryQuery([], NOW)).toEqual({ dateDebut: '2025-03-10' });
  });

  it('writes a digest: the territory’s events by date, then the fairs that concern it, without descriptions', async () => {
    meeSearch(3);
    await refreshEventsCache(events, ['63'], { force: true, now: NOW });
    const digest = await eventsDigestItem.getValue();
    expect(digest?.local.map((e) => e.key)).toEqual(['mee:0', 'mee:1', 'mee:2']);
    // The sample fair is in "RIOM (dept 63)".
    expect(digest?.fairs.map((e) => e.key)).toEqual(['salon-en-ligne:42']);
    expect(digest).toMatchObject({ localTotal: 3, fairsTotal: 1, total: 4 });
    expect([...(digest?.local ?? []), ...(digest?.fairs ?? [])].some((e) => 'descriptionHtml' in e)).toBe(
      false,
    );
    const cache = await eventsCacheItem.getValue();
    expect(cache?.concernedFairs).toEqual(['salon-en-ligne:42']);
    expect(cache && buildDigest(cache, NOW, { local: 2, fairs: 0 })).toMatchObject({
      local: [{ key: 'mee:0' }, { key: 'mee:1' }],
      fairs: [],
      localTotal: 3,
      fairsTotal: 1,
    });
  });

  it('leaves out of the digest the fairs of another territory, matching communes from the index', async () => {
    meeSearch(1);
    const communes = async () => [
      { name: 'Riom', departement: '63' },
      { name: 'Rennes', departement: '35' },
    ];
    await refreshEventsCache(events, ['35'], { force: true, now: NOW, communes });
    expect((await eventsCacheItem.getValue())?.concernedFairs).toEqual([]);
    expect((await eventsDigestItem.getValue())?.fairs).toEqual([]);
  });

  it('matches fairs without the commune index when it cannot be read', async () => {
    meeSearch(1);
    const communes = () => Promise.reject(new Error('unreadable'));
    expect(await refreshEventsCache(events, ['63'], { force: true, now: NOW, communes })).toMatchObject({
      ok: true,
    });
    expect((await eventsCacheItem.getValue())?.concernedFairs).toEqual(['salon-en-ligne:42']);
  });

  it('refreshes a fresh cache of an older version (no fair relevance yet)', async () => {
    await eventsCacheItem.setValue({ ...OLD_CACHE, fetchedAt: new Date(NOW - 60_000).toISOString() });
    const bodies = meeSearch(1);
    await refreshEventsCache(events, ['63'], { now: NOW });
    expect(bodies).toHaveLength(1);
    expect((await eventsCacheItem.getValue())?.concernedFairs).toEqual(['salon-en-ligne:42']);
  });

  it('shares a running refresh of the same territory, and queues another territory after it', async () => {
    const bodies = meeSearch(3);
    const [a, b] = await Promise.all([
      refreshEventsOnce(events, ['63'], { force: true }),
      refreshEventsOnce(events, ['63'], { force: true }),
    ]);
    expect(a).toBe(b);
    expect(bodies).toHaveLength(1);
    const [, other] = await Promise.all([
      refreshEventsOnce(events, ['63'], { force: true }),
      refreshEventsOnce(events, ['75'], { force: true }),
    ]);
    expect(other.ok).toBe(true);
    expect((await eventsCacheItem.getValue())?.territory).toEqual(['75']);
  });

  it('does not share a refresh, nor serve a fresh cache, from another events API', async () => {
    const bodies = meeSearch(3);
    const first = await refreshEventsOnce(events, ['63'], { source: 'http://127.0.0.1:8787/a' });
    expect(first.ok && first.value.requests).toBeGreaterThan(0);
    const [same, other] = await Promise.all([
      refreshEventsOnce(events, ['63'], { source: 'http://127.0.0.1:8787/a' }),
      refreshEventsOnce(events, ['63'], { source: 'https://api.example.org/b' }),
    ]);
    // The same API within 5 minutes: the cache is served as is; another API: fetched anew.
    expect(same.ok && same.value.requests).toBe(0);
    expect(other.ok && other.value.requests).toBeGreaterThan(0);
    expect(bodies).toHaveLength(2);
    expect((await eventsCacheItem.getValue())?.source).toBe('https://api.example.org/b');
  });
});
