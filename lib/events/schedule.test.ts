import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eventsCacheItem } from '../platform/storage/items';
import { EVENTS_REFRESH_ALARM, scheduleEventsRefresh } from './schedule';

const NOW = Date.parse('2025-03-10T10:00:00Z');
const cacheAt = (fetchedAt: number) =>
  eventsCacheItem.setValue({
    fetchedAt: new Date(fetchedAt).toISOString(),
    territory: [],
    events: [],
    dropped: 0,
  });

/** An alarm as the browser fires it. */
const alarm = (name: string) => ({
  name,
  scheduledTime: NOW,
  periodInMinutes: 30,
  persistAcrossSessions: true,
});

beforeEach(() => fakeBrowser.reset());

describe('scheduleEventsRefresh', () => {
  it('creates a 30-minute alarm and refreshes at once when there is no cache', async () => {
    const refresh = vi.fn(async () => undefined);
    scheduleEventsRefresh(refresh, () => NOW);
    await vi.waitFor(() => expect(refresh).toHaveBeenCalledTimes(1));
    expect(await fakeBrowser.alarms.get(EVENTS_REFRESH_ALARM)).toMatchObject({ periodInMinutes: 30 });
  });

  it('leaves a cache younger than 15 minutes alone at start, refreshes an older one', async () => {
    const refresh = vi.fn(async () => undefined);
    await cacheAt(NOW - 5 * 60_000);
    scheduleEventsRefresh(refresh, () => NOW);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(EVENTS_REFRESH_ALARM)).toBeDefined());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(refresh).not.toHaveBeenCalled();

    fakeBrowser.reset();
    await cacheAt(NOW - 20 * 60_000);
    scheduleEventsRefresh(refresh, () => NOW);
    await vi.waitFor(() => expect(refresh).toHaveBeenCalledTimes(1));
  });

  it('refreshes when its alarm fires, not on other alarms', async () => {
    await cacheAt(NOW);
    const refresh = vi.fn(async () => undefined);
    scheduleEventsRefresh(refresh, () => NOW);
    await fakeBrowser.alarms.onAlarm.trigger(alarm('journal-purge'));
    expect(refresh).not.toHaveBeenCalled();
    await fakeBrowser.alarms.onAlarm.trigger(alarm(EVENTS_REFRESH_ALARM));
    expect(refresh).toHaveBeenCalledTimes(1);
  });
});
