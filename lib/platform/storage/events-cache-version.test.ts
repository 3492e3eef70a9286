import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';

describe('events cache and digest, storage version 2', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('upgrades a version-1 cache and digest: Paris time, codes read anew, no longer taken for fresh', async () => {
    // As version 1 wrote them: no zone, "Job dating" under the old code 13.
    const old = { key: 'mee:1', typeLabel: 'Job dating', typeCode: '13', start: '2025-03-14T08:00:00.000Z' };
    const fair = { key: 'salon-en-ligne:9', typeLabel: 'Salon en ligne', typeCode: null };
    await fakeBrowser.storage.local.set({
      eventsCache: {
        fetchedAt: '2025-03-10T09:00:00.000Z',
        territory: ['75'],
        source: 'http://127.0.0.1:8787/partenaire/evenements/v1',
        events: [old, fair],
        dropped: 0,
      },
      eventsCache$: { v: 1 },
      eventsDigest: { fetchedAt: '2025-03-10T09:00:00.000Z', territory: ['75'], total: 2, events: [old] },
      eventsDigest$: { v: 1 },
    });
    const { eventsCacheItem, eventsDigestItem, isCurrentDigest } = await import('./items');
    expect(await eventsCacheItem.getValue()).toEqual({
      fetchedAt: '2025-03-10T09:00:00.000Z',
      territory: ['75'],
      events: [
        { ...old, typeCode: '18', timeZone: 'Europe/Paris' },
        { ...fair, typeCode: '17', timeZone: 'Europe/Paris' },
      ],
      dropped: 0,
    });
    // A version-1 digest (one list) is kept but never painted: the refresh replaces it (issue 15).
    expect(isCurrentDigest(await eventsDigestItem.getValue())).toBe(false);
    expect(await eventsCacheItem.getMeta()).toEqual({ v: 2 });
  });

  it('keeps a version-2 cache as it is', async () => {
    const current = {
      fetchedAt: '2025-03-10T09:00:00.000Z',
      territory: [],
      source: 'x',
      events: [{ key: 'mee:2', typeLabel: 'Salon', typeCode: null, timeZone: 'Indian/Reunion' }],
      dropped: 0,
    };
    await fakeBrowser.storage.local.set({ eventsCache: current, eventsCache$: { v: 2 } });
    const { eventsCacheItem } = await import('./items');
    expect(await eventsCacheItem.getValue()).toEqual(current);
  });
});
