import type { BrowserContext, Page } from 'playwright-core';
import type { EmploymentEvent } from '../lib/events/core/event';
import { buildDigest } from '../lib/events/digest';
import type { EventsCache } from '../lib/platform/storage/items';
import { BLANK_MARKER, BLANK_PAGE } from './extension-copy';
import { timeToElement } from './first-paint';
import { median, percentile } from './stats';
import { syntheticEvents } from './synthetic-events';

/** The keyword field of the side panel's search, found by its label as a user finds it. */
const KEYWORD_LABEL = /^Mots-clés/;
/** The results list (components/events/EventList.tsx, virtualised: only visible rows exist). */
const RESULTS = 'main ul[aria-label="Résultats"]';
/** Letters typed then erased: each narrows the list, its Backspace widens it back. */
const LETTERS = ['v', 'j', 'b', 'x', 'k', 'y', 'w', 'h', 'f', 'g', 'q', 'z'];
const ROUNDS = 3;
/** Opens of the panel (first rows only) and of the blank page at each size, interleaved. */
const OPENS = 5;

export interface ScaleMeasure {
  count: number;
  /** Navigation start → first result row on screen: median of OPENS opens. */
  loadMs: number;
  /** The blank extension page in the same opens (median), the ceiling of any page. */
  blankMs: number;
  /** Navigation start → the whole list indexed and listed (the list no longer busy). */
  fullMs: number;
  /** Used JS heap of the side panel after load and a full garbage collection. */
  heapBytes: number;
  keystroke: { samples: number[]; median: number; p95: number };
}

/** Every size is a spread-out subset of one generated set, so that sizes differ only in count. */
function subset(all: EmploymentEvent[], count: number): EmploymentEvent[] {
  if (count >= all.length) return all;
  const step = all.length / count;
  return Array.from({ length: count }, (_, i) => all[Math.floor(i * step)] as EmploymentEvent);
}

/**
 * Writes the cache and its digest as the background does (lib/events/refresh.ts; WXT's
 * versioned items: value + `$` meta key).
 */
async function writeEventsCache(helper: Page, events: EmploymentEvent[]): Promise<void> {
  const cache: EventsCache = {
    fetchedAt: new Date().toISOString(),
    territory: [],
    events,
    dropped: 0,
    concernedFairs: events.filter((event) => event.source === 'salon-en-ligne').map((event) => event.key),
  };
  const digest = buildDigest(cache, Date.now());
  await helper.evaluate(
    async ({ cache, digest }) => {
      await chrome.storage.local.remove(['eventFilters', 'eventsRefreshFailure']);
      await chrome.storage.local.set({
        eventsCache: cache,
        // The items' current version (lib/platform/storage/items.ts).
        eventsCache$: { v: 2 },
        eventsDigest: digest,
        eventsDigest$: { v: 2 },
      });
    },
    { cache, digest },
  );
}

async function usedHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize;
  } finally {
    await cdp.detach();
  }
}

/**
 * Installed before the page's scripts: notes when the results first show a row, and, for
 * each keystroke, the time from its keydown (event timestamp) to the first change React
 * commits in the main region outside the search form. Changes of the form itself (the field's
 * value) are left out: with a deferred list they would come first and hide the list's delay.
 */
function installProbes(resultsSelector: string): void {
  const probe = {
    firstRowAt: undefined as number | undefined,
    fullAt: undefined as number | undefined,
    samples: [] as number[],
    since: null as number | null,
  };
  (globalThis as unknown as { __bench: typeof probe }).__bench = probe;
  const inForm = (node: Node) =>
    (node instanceof Element ? node : node.parentElement)?.closest('form') != null;
  const watch = new MutationObserver((records) => {
    if (probe.since === null || records.every((record) => inForm(record.target))) return;
    probe.samples.push(performance.now() - probe.since);
    probe.since = null;
  });
  const find = new MutationObserver(() => {
    const results = document.querySelector(resultsSelector);
    if (!results?.querySelector('li')) return;
    find.disconnect();
    // The whole main region, so that a list replaced by "no result" is a change too.
    watch.observe(results.closest('main') ?? document.body, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    probe.firstRowAt = performance.now();
  });
  find.observe(document, { childList: true, subtree: true });
  // The whole list: rows in a list no longer marked busy (its first rows come from the digest).
  const full = new MutationObserver(() => {
    if (!document.querySelector(`${resultsSelector}:not([aria-busy]) li`)) return;
    full.disconnect();
    probe.fullAt = performance.now();
  });
  full.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-busy'],
  });
  addEventListener('keydown', (event) => (probe.since = event.timeStamp), true);
}

/** First rows of the panel vs the blank page, OPENS times each, interleaved, after one warm-up. */
async function measureOpens(context: BrowserContext, origin: string) {
  const panelUrl = `${origin}/sidepanel.html`;
  const blankUrl = `${origin}/${BLANK_PAGE}`;
  const firstRow = `${RESULTS} li`;
  await timeToElement(context, panelUrl, firstRow, 60_000);
  await timeToElement(context, blankUrl, BLANK_MARKER);
  const panel: number[] = [];
  const blank: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    panel.push(await timeToElement(context, panelUrl, firstRow, 60_000));
    blank.push(await timeToElement(context, blankUrl, BLANK_MARKER));
  }
  return { loadMs: median(panel), blankMs: median(blank) };
}

async function measureOne(
  context: BrowserContext,
  origin: string,
  count: number,
): Promise<Omit<ScaleMeasure, 'loadMs' | 'blankMs'>> {
  const page = await context.newPage();
  try {
    await page.addInitScript(installProbes, RESULTS);
    // Only the front tab paints (animation frames of background tabs are paused).
    await page.bringToFront();
    await page.goto(`${origin}/sidepanel.html`);
    const loaded = await page.waitForFunction(
      () => (globalThis as unknown as { __bench: { fullAt?: number } }).__bench.fullAt,
      undefined,
      { timeout: 120_000, polling: 20 },
    );
    const fullMs = (await loaded.jsonValue()) as number;
    await page.waitForTimeout(300);
    const heapBytes = await usedHeap(page);

    const field = page.getByLabel(KEYWORD_LABEL).first();
    await field.fill('');
    await field.focus();
    const samples = async () =>
      page.evaluate(
        () => (globalThis as unknown as { __bench: { samples: number[] } }).__bench.samples.length,
      );
    for (let round = 0; round < ROUNDS; round++) {
      for (const letter of LETTERS) {
        for (const key of [letter, 'Backspace']) {
          const before = await samples();
          await page.keyboard.press(key);
          // A keystroke that changes nothing on screen leaves no sample: wait a little, move on.
          await page
            .waitForFunction(
              (n) => (globalThis as unknown as { __bench: { samples: number[] } }).__bench.samples.length > n,
              before,
              { timeout: 2_000, polling: 10 },
            )
            .catch(() => undefined);
          await page.waitForTimeout(40);
        }
      }
    }
    const keystrokes = await page.evaluate(
      () => (globalThis as unknown as { __bench: { samples: number[] } }).__bench.samples,
    );
    if (keystrokes.length < 20) {
      throw new Error(
        `Expected at least 20 keystrokes that change the list at ${count} events, got ${keystrokes.length}.`,
      );
    }
    return {
      count,
      fullMs,
      heapBytes,
      keystroke: { samples: keystrokes, median: median(keystrokes), p95: percentile(keystrokes, 95) },
    };
  } finally {
    await page.close();
  }
}

/** The side panel at each size: events written to the cache, panel opened fresh, measured. */
export async function measureSidePanelScale(
  context: BrowserContext,
  origin: string,
  helper: Page,
  sizes: readonly number[],
): Promise<ScaleMeasure[]> {
  const all = syntheticEvents(Math.max(...sizes));
  const measures: ScaleMeasure[] = [];
  for (const count of [...sizes].sort((a, b) => a - b)) {
    await writeEventsCache(helper, subset(all, count));
    const opens = await measureOpens(context, origin);
    measures.push({ ...(await measureOne(context, origin, count)), ...opens });
  }
  return measures;
}
