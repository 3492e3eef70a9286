import { browser } from 'wxt/browser';
import { eventsCacheItem } from '../platform/storage/items';

export const EVENTS_REFRESH_ALARM = 'events-refresh';
export const REFRESH_PERIOD_MINUTES = 30;
/** At start, a cache older than this is refreshed at once. */
export const STALE_AT_START_MS = 15 * 60_000;

/**
 * Refreshes the events cache every 30 minutes (an alarm survives the worker being stopped)
 * and at start when the cache is missing or stale. Listeners are registered synchronously.
 */
export function scheduleEventsRefresh(refresh: () => Promise<unknown>, now: () => number = Date.now): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === EVENTS_REFRESH_ALARM) void refresh();
  });
  void (async () => {
    const existing = await browser.alarms.get(EVENTS_REFRESH_ALARM);
    if (!existing) {
      await browser.alarms.create(EVENTS_REFRESH_ALARM, {
        delayInMinutes: REFRESH_PERIOD_MINUTES,
        periodInMinutes: REFRESH_PERIOD_MINUTES,
      });
    }
    const cache = await eventsCacheItem.getValue();
    if (!cache || now() - Date.parse(cache.fetchedAt) > STALE_AT_START_MS) await refresh();
  })();
}
