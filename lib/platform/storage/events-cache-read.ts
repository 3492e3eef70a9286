import { browser } from 'wxt/browser';
import { EVENTS_CACHE_VERSION, eventsCacheItem, type EventsCache } from './items';

/** The key WXT stores `eventsCacheItem` under (`local:eventsCache`), and its version mark. */
const CACHE_KEY = 'eventsCache';
const CACHE_META_KEY = `${CACHE_KEY}$`;

/**
 * The whole events cache, read once. WXT's item reads the whole value when it is defined (to
 * check its version) and again for `getValue`: two reads of MBs through the storage IPC at
 * tens of thousands of events. A cache of the current version is read directly; an older one
 * goes through the item, so its migrations run.
 */
export async function readEventsCacheOnce(): Promise<EventsCache | null> {
  const meta = (await browser.storage.local.get(CACHE_META_KEY))[CACHE_META_KEY] as
    { v?: unknown } | undefined;
  if (meta?.v !== EVENTS_CACHE_VERSION) return eventsCacheItem.getValue();
  const stored = (await browser.storage.local.get(CACHE_KEY))[CACHE_KEY] as EventsCache | undefined;
  return stored ?? null;
}

/**
 * Calls `onWrite` with each cache the background writes (always of the current version), the
 * new value taken from the change itself rather than read again. Returns the unwatch.
 */
export function watchEventsCacheWrites(onWrite: (cache: EventsCache | null) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(CACHE_KEY in changes)) return;
    onWrite((changes[CACHE_KEY]?.newValue as EventsCache | undefined) ?? null);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
