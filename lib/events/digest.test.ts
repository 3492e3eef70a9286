import { describe, expect, it } from 'vitest';
import { generateEvents } from '../../simulator/data/events';
import type { EmploymentEvent } from './core/event';
import { normaliseMeeEvent } from './core/normalise-mee';
import { buildDigest, DIGEST_LIMITS } from './digest';
import { DEFAULT_EVENT_FILTERS, type EventFilters } from './search/filters';
import { buildSearchIndex, buildSearchIndexInSteps, searchIndex } from './search/search-index';
import type { EventsCache } from '../platform/storage/items';

const NOW = new Date('2026-03-10T09:00:00Z');

function cacheOf(count: number): EventsCache {
  const events = generateEvents({
    seed: 'digest-head',
    referenceDate: new Date('2026-03-01T00:00:00Z'),
    count,
  })
    .map((event) => normaliseMeeEvent(event.wire, NOW.getTime()))
    .filter((event): event is EmploymentEvent => event !== null);
  return {
    fetchedAt: NOW.toISOString(),
    territory: ['63'],
    events,
    dropped: 0,
    // Every other event of the list counts as "concerning the territory" when it is a fair.
    concernedFairs: [],
  };
}

const keys = (index: ReturnType<typeof buildSearchIndex>, results: Uint32Array) =>
  [...results].map((i) => index.events[i]?.key);

describe('the side panel’s first rows in the digest', () => {
  const cache = cacheOf(1500);
  const digest = buildDigest(cache, NOW.getTime());
  const head = digest.head!;
  const headIndex = buildSearchIndex(
    head.events.map((event) => ({ ...event, descriptionHtml: '' })),
    head.concernedFairs,
  );
  const full = buildSearchIndex(cache.events, cache.concernedFairs);

  it('holds the first events of the list, without descriptions', () => {
    expect(head.events).toHaveLength(DIGEST_LIMITS.head);
    expect(head.events.some((event) => 'descriptionHtml' in event)).toBe(false);
    const all = searchIndex(full, DEFAULT_EVENT_FILTERS, NOW);
    expect(keys(headIndex, searchIndex(headIndex, DEFAULT_EVENT_FILTERS, NOW))).toEqual(
      keys(full, all).slice(0, DIGEST_LIMITS.head),
    );
  });

  it('filtered in date order, gives the first rows of the whole list filtered alike', () => {
    const cases: Partial<EventFilters>[] = [
      { modality: 'distance' },
      { modality: 'presentiel', placesOnly: true },
      { territoryOnly: true },
      { departements: [head.events.find((event) => event.place)?.place?.departement ?? '63'] },
    ];
    for (const change of cases) {
      const filters = { ...DEFAULT_EVENT_FILTERS, ...change };
      const first = keys(headIndex, searchIndex(headIndex, filters, NOW));
      const whole = keys(full, searchIndex(full, filters, NOW));
      expect(first.length, JSON.stringify(change)).toBeGreaterThan(0);
      expect(whole.slice(0, first.length), JSON.stringify(change)).toEqual(first);
    }
  });
});

describe('the index built in steps', () => {
  it('is the index built at once, and gives way between steps', async () => {
    const cache = cacheOf(2600);
    let pauses = 0;
    const stepped = await buildSearchIndexInSteps(cache.events, cache.concernedFairs, async () => {
      pauses += 1;
    });
    const once = buildSearchIndex(cache.events, cache.concernedFairs);
    expect(pauses).toBe(6);
    expect(stepped).not.toBeNull();
    for (const filters of [
      DEFAULT_EVENT_FILTERS,
      { ...DEFAULT_EVENT_FILTERS, keyword: 'vente', sort: 'places' as const },
    ]) {
      expect(keys(stepped!, searchIndex(stepped!, filters, NOW))).toEqual(
        keys(once, searchIndex(once, filters, NOW)),
      );
    }
    expect(stepped!.typeOptions).toEqual(once.typeOptions);
  });

  it('stops when a newer list replaces it', async () => {
    const cache = cacheOf(2600);
    let pauses = 0;
    const stepped = await buildSearchIndexInSteps(
      cache.events,
      cache.concernedFairs,
      async () => {
        pauses += 1;
      },
      () => pauses >= 2,
    );
    expect(stepped).toBeNull();
  });
});
