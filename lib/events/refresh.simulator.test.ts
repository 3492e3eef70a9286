// @vitest-environment node
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../simulator/server';
import { createDirectApiAccess, type ApiAccess } from '../platform/auth/api-access';
import { simulatorPreset } from '../settings/core/endpoints';
import { eventsCacheItem, eventsDigestItem, partnerTokenItem } from '../platform/storage/items';
import type { EventsSource } from './source';
import { getMeeEvent, getOnlineFair, listOnlineFairs, searchEventsPage } from './client';
import { createDirectEventsSource } from './direct-source';
import { refreshEventsCache } from './refresh';
import { readCommuneIndex } from './test-commune-index';

// The real simulator (same wire contract as France Travail), not a mock.
let simulator: RunningSimulator;
let access: ApiAccess;
let events: EventsSource;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, quiet: true, eventCount: 450 });
  const endpoints = { environment: 'simulator' as const, ...simulatorPreset(simulator.url) };
  access = createDirectApiAccess({
    loadEndpoints: async () => endpoints,
    identity: { getRedirectURL: () => '', launchWebAuthFlow: () => Promise.reject(new Error('unused')) },
  });
  events = createDirectEventsSource(access, endpoints.eventsApiUrl);
});
afterAll(() => simulator.close());
beforeEach(() => fakeBrowser.reset());

describe('events client against the simulator', () => {
  it('searches one page, then reads an event’s detail', async () => {
    const page = await searchEventsPage(access, {}, 0, 5);
    expect(page.ok).toBe(true);
    if (!page.ok) return;
    expect(page.value.events).toHaveLength(5);
    expect(page.value.totalElements).toBeGreaterThan(5);
    const first = page.value.events[0];
    const detail = await getMeeEvent(access, first?.id ?? '');
    expect(detail).toMatchObject({ ok: true, value: { key: first?.key, title: first?.title } });
  });

  it('reports an unknown event as not_found and refuses a non-numeric id', async () => {
    expect(await getMeeEvent(access, '999999999')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await getMeeEvent(access, '../admin')).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
  });

  it('lists online fairs and finds one by its derived id', async () => {
    const fairs = await listOnlineFairs(access);
    expect(fairs.ok && fairs.value.events.length).toBeGreaterThan(0);
    const one = fairs.ok ? fairs.value.events[0] : undefined;
    expect(await getOnlineFair(access, one?.id ?? '')).toMatchObject({ ok: true, value: { key: one?.key } });
  });
});

describe('refreshEventsCache against the simulator', () => {
  it('fetches every page of a territory plus the online fairs into the cache and the digest', async () => {
    const all = await searchEventsPage(access, { departements: ['75', '63'], dateDebut: today() }, 0, 1);
    const expected = all.ok ? all.value.totalElements : -1;

    const summary = await refreshEventsCache(events, ['75', '63'], {
      force: true,
      communes: async () => readCommuneIndex(),
    });
    expect(summary.ok).toBe(true);
    const cache = await eventsCacheItem.getValue();
    const mee = cache?.events.filter((e) => e.source === 'mee') ?? [];
    expect(mee).toHaveLength(expected);
    expect(mee.every((e) => ['75', '63'].includes(e.place?.departement ?? '') || e.online)).toBe(true);
    expect(cache?.events.some((e) => e.source === 'salon-en-ligne')).toBe(true);
    expect(summary.ok && summary.value).toMatchObject({ count: cache?.events.length, dropped: 0 });

    const digest = await eventsDigestItem.getValue();
    expect(digest?.local.length).toBeGreaterThan(0);
    expect(digest?.local.every((e) => e.source === 'mee')).toBe(true);
    expect([...(digest?.local ?? []), ...(digest?.fairs ?? [])].some((e) => 'descriptionHtml' in e)).toBe(
      false,
    );
    // Of the simulator's fairs, those in Riom (dept 63) and the national ones concern 75 + 63.
    const concerned = cache?.events.filter((e) => cache.concernedFairs?.includes(e.key)) ?? [];
    expect(concerned.length).toBeGreaterThan(0);
    expect(new Set(concerned.map((e) => e.locationLabel))).toEqual(new Set(['RIOM (dept 63)', 'National']));
    expect(digest?.fairs.every((e) => cache?.concernedFairs?.includes(e.key))).toBe(true);
    // The partner token sits in session storage, never in local.
    expect(await partnerTokenItem.getValue()).not.toBeNull();
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).not.toContain(
      (await partnerTokenItem.getValue())?.accessToken ?? 'none',
    );
  });

  it('fetches all of France in several pages within the rate limit', async () => {
    const started = Date.now();
    const summary = await refreshEventsCache(events, [], { force: true });
    expect(summary.ok && summary.value.requests).toBeGreaterThanOrEqual(6);
    const requests = summary.ok ? summary.value.requests : 0;
    // ≤ 8 starts per second: n requests take at least (n − 1) / 8 s.
    expect(Date.now() - started).toBeGreaterThanOrEqual(((requests - 1) / 8) * 1000 - 50);
  });
});

function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}
