import { useEffect, useState } from 'react';
import type { EmploymentEvent } from '../../lib/events/core/event';
import {
  buildSearchIndex,
  buildSearchIndexInSteps,
  type SearchIndex,
} from '../../lib/events/search/search-index';
import { readEventsCacheOnce, watchEventsCacheWrites } from '../../lib/platform/storage/events-cache-read';
import { eventsDigestItem, isCurrentDigest, type EventsCache } from '../../lib/platform/storage/items';

/**
 * What the side panel lists from:
 * - `reading`: nothing read yet;
 * - `head`: the digest's first rows (no descriptions), while the whole cache is read and indexed;
 * - `full`: the whole cache and its index (`null` when nothing is cached).
 */
export type LoadedEvents =
  | { kind: 'reading' }
  | { kind: 'head'; index: SearchIndex; fetchedAt: string }
  | { kind: 'full'; cache: EventsCache; index: SearchIndex }
  | { kind: 'full'; cache: null; index: null };

/** Lets the page paint and take input: a macrotask (not clamped like nested timeouts). */
function pause(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * After the next frame is painted; at the latest after `latestMs` (a hidden page gets no
 * frames, and jsdom has none).
 */
function afterPaint(run: () => void, latestMs = 100): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  const fallback = setTimeout(once, latestMs);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame =
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => (timer = setTimeout(once, 0)))
      : undefined;
  return () => {
    done = true;
    clearTimeout(fallback);
    clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
}

/**
 * The events of the side panel, first rows first: the popup's digest (a few KB) is read and
 * painted at once; the whole cache (MBs at tens of thousands of events) is read only after that
 * paint, and indexed in steps that leave the page responsive. A newer cache (a refresh) is
 * indexed the same way while the current list stays on screen.
 */
export function useEventsIndex(): LoadedEvents {
  const [loaded, setLoaded] = useState<LoadedEvents>({ kind: 'reading' });
  useEffect(() => {
    let active = true;
    let generation = 0;
    let cancelPaint = () => {};
    let unwatch = () => {};

    const index = async (cache: EventsCache | null) => {
      const mine = ++generation;
      if (!cache) {
        setLoaded({ kind: 'full', cache: null, index: null });
        return;
      }
      const built = await buildSearchIndexInSteps(
        cache.events,
        cache.concernedFairs,
        pause,
        () => !active || mine !== generation,
      );
      if (built) setLoaded({ kind: 'full', cache, index: built });
    };

    const startReading = () => {
      if (!active) return;
      let changed = false;
      // A refresh writes a newer cache (current version: the background writes it).
      unwatch = watchEventsCacheWrites((cache) => {
        changed = true;
        void index(cache);
      });
      void readEventsCacheOnce().then((cache) => {
        // A change seen meanwhile is newer than this read.
        if (active && !changed) void index(cache);
      });
    };

    void eventsDigestItem
      .getValue()
      .then((digest) => {
        if (!active || !isCurrentDigest(digest) || !digest.head) return;
        const events: EmploymentEvent[] = digest.head.events.map((event) => ({
          ...event,
          descriptionHtml: '',
        }));
        const head = buildSearchIndex(events, digest.head.concernedFairs);
        setLoaded((current) =>
          current.kind === 'reading' ? { kind: 'head', index: head, fetchedAt: digest.fetchedAt } : current,
        );
      })
      .catch(() => undefined)
      .finally(() => {
        if (active) cancelPaint = afterPaint(startReading);
      });

    return () => {
      active = false;
      cancelPaint();
      unwatch();
    };
  }, []);
  return loaded;
}
