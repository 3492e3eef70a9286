import puppeteer, { type Browser, type ElementHandle, type EvaluateFunc, type Page } from 'puppeteer-core';
import { firefoxPath } from './browsers';
import { artifactPath, FIREFOX_TEST_BUILD } from './paths';

/**
 * Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the Firefox test build
 * installed as a temporary add-on. Automation may not navigate to moz-extension:// pages,
 * so the test build's background opens popup, side panel and options pages itself at
 * install; tests take those tabs.
 */
export interface FirefoxSession {
  browser: Browser;
  /** The extension page whose URL ends with `/<name>.html` (opened by the test build). */
  page: (name: 'popup' | 'sidepanel' | 'options') => Promise<Page>;
  /** The first page (tab or window) whose URL contains `part`, e.g. an OAuth login window. */
  pageWith: (part: string, what: string) => Promise<Page>;
  screenshot: (page: Page, name: string) => Promise<string>;
  close: () => Promise<void>;
}

export interface FirefoxOptions {
  /** More preferences, beside the closed-network and French ones. */
  prefs?: Record<string, string | number | boolean>;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      // A closed network: no update checks, telemetry or remote settings.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'intl.accept_languages': 'fr-FR, fr',
      'intl.locale.requested': 'fr-FR',
      ...options.prefs,
    },
  });
  await browser.installExtension(FIREFOX_TEST_BUILD);

  /** Polls the open pages (page.url() can stay "about:blank" for tabs the extension opened: ask the page). */
  const findPage = async (accept: (url: string) => boolean, what: string): Promise<Page> => {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      for (const candidate of await browser.pages()) {
        // A page counts once loaded, and an extension page once its `browser` API is there
        // (right after install the tab may still hold its first, unprivileged document).
        const url = await candidate
          .evaluate(() =>
            document.readyState === 'complete' &&
            (!location.href.startsWith('moz-extension://') ||
              typeof (globalThis as { browser?: { runtime?: unknown } }).browser?.runtime === 'object')
              ? location.href
              : '',
          )
          .catch(() => '');
        if (accept(url)) return candidate;
      }
      await new Promise((done) => setTimeout(done, 200));
    }
    throw new Error(`Expected ${what} within 20 s.`);
  };

  return {
    browser,
    page: (name) =>
      findPage(
        (url) => url.startsWith('moz-extension://') && new URL(url).pathname === `/${name}.html`,
        `the Firefox test build to open /${name}.html`,
      ),
    pageWith: (part, what) => findPage((url) => url.includes(part), what),
    async screenshot(target, name) {
      const path = artifactPath(`${name}.png`);
      await target.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await browser.close();
    },
  };
}

/** The WebExtension `browser` global of an extension page, typed as Chrome's (same shapes here). */
type Ext = typeof chrome;

/**
 * Points the extension at a simulator (writes the agent's settings, as the options page
 * would), keeping what is already set; `extra` adds or overrides settings.
 */
export async function useSimulator(
  page: Page,
  url: string,
  extra: Record<string, unknown> = {},
): Promise<void> {
  await page.evaluate(
    async (simulatorUrl: string, more: Record<string, unknown>) => {
      const { storage } = (globalThis as unknown as { browser: Ext }).browser;
      const current = ((await storage.local.get('userSettings')).userSettings ?? {}) as object;
      await storage.local.set({
        userSettings: { ...current, environment: 'simulator', simulatorUrl, ...more },
      });
    },
    url,
    extra,
  );
}

/**
 * Points the extension at an organisation's gateway (the sandbox backend), as a policy would,
 * then reloads `page` — opened at install, before the setting — as the agent opening it anew.
 */
export async function useGateway(page: Page, gatewayUrl: string): Promise<void> {
  await page.evaluate(async (url: string) => {
    const { storage } = (globalThis as unknown as { browser: Ext }).browser;
    const current = ((await storage.local.get('userSettings')).userSettings ?? {}) as object;
    await storage.local.set({ userSettings: { ...current, environment: 'sandbox', gatewayUrl: url } });
  }, gatewayUrl);
  // A reload from the page itself (automation may not navigate to moz-extension:// URLs); the
  // mark left on the old document tells the reloaded one apart.
  await page.evaluate(() => {
    (window as unknown as { beforeReload?: boolean }).beforeReload = true;
    location.reload();
  });
  await page.waitForFunction(
    () =>
      !(window as unknown as { beforeReload?: boolean }).beforeReload &&
      document.readyState === 'complete' &&
      document.querySelector('#root > *') !== null,
    { timeout: 20_000, polling: 100 },
  );
}

/** Everything in one of the extension's storage areas, read from an extension page. */
export function dumpStorage(
  page: Page,
  area: 'local' | 'sync' | 'session',
): Promise<Record<string, unknown>> {
  return page.evaluate(async (name: 'local' | 'sync' | 'session') => {
    const { storage } = (globalThis as unknown as { browser: Ext }).browser;
    return (await storage[name].get(null)) as Record<string, unknown>;
  }, area);
}

/** A protocol reply (a Result value), as the tests read it. */
export interface FirefoxReply<T> {
  ok: boolean;
  value?: T;
  error?: { code: string };
}

/** Sends one protocol message from an extension page, as the UI does (@webext-core/messaging's envelope). */
export async function sendFrom<T = unknown>(
  page: Page,
  type: string,
  data?: unknown,
): Promise<FirefoxReply<T>> {
  const answer = (await page.evaluate(
    (t: string, d: unknown) => {
      const { runtime } = (globalThis as unknown as { browser: Ext }).browser;
      return runtime.sendMessage({ id: Date.now(), type: t, data: d, timestamp: Date.now() });
    },
    type,
    data,
  )) as { res?: FirefoxReply<T> } | undefined;
  if (!answer?.res) throw new Error(`No reply to "${type}" from the background: ${JSON.stringify(answer)}`);
  return answer.res;
}

/**
 * Waits (30 s at most) until `predicate` holds in the page, with a clear error; `args` travel
 * to the page as the predicate's arguments (it runs there, so it sees nothing of the test's scope).
 */
export async function until<A extends unknown[]>(
  page: Page,
  what: string,
  predicate: (...args: A) => boolean,
  ...args: A
): Promise<void> {
  const timeout = 30_000;
  try {
    // The page receives the plain values (no element handles are passed here).
    await page.waitForFunction(predicate as unknown as EvaluateFunc<A>, { timeout, polling: 100 }, ...args);
  } catch {
    throw new Error(
      `Firefox: expected ${what} within ${timeout / 1000} s; the page shows:\n` +
        (await page.evaluate(() => document.body.innerText.slice(0, 3000)).catch(() => '(gone)')),
    );
  }
}

/** The element matching `selector` whose label or text (its disclosure arrow aside) is exactly `text`. */
export async function element(page: Page, selector: string, text: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (css: string, wanted: string) =>
      [...document.querySelectorAll<HTMLElement>(css)].find(
        (el) =>
          el.getAttribute('aria-label') === wanted || el.textContent?.replace(/[▸▾]/g, '').trim() === wanted,
      ) ?? null,
    { timeout: 30_000, polling: 100 },
    selector,
    text,
  );
  const found = handle.asElement() as ElementHandle<Element> | null;
  if (!found) throw new Error(`No ${selector} "${text}".`);
  return found;
}

/**
 * Keeps the page's mailto: links from leaving (no mail client in the test machine): a click
 * on one records its address instead, for `caughtMailto`.
 */
export async function catchMailto(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.addEventListener(
      'click',
      (event) => {
        const link = (event.target as Element).closest('a[href^="mailto:"]');
        if (!link) return;
        event.preventDefault();
        (window as unknown as { mailto: string }).mailto = link.getAttribute('href') ?? '';
      },
      true,
    );
  });
}

/** The mailto: address of the last link `catchMailto` stopped. */
export function caughtMailto(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { mailto?: string }).mailto ?? '');
}

/** The form control labelled `label` (its label's text starts with it), as a person finds it. */
export async function labelled(page: Page, label: string): Promise<ElementHandle<Element>> {
  const id = await page.waitForFunction(
    (wanted: string) =>
      [...document.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(wanted))
        ?.htmlFor || null,
    { timeout: 20_000, polling: 100 },
    label,
  );
  const element = await page.$(`[id="${(await id.jsonValue()) as string}"]`);
  if (!element) throw new Error(`No control for the label "${label}".`);
  return element;
}
