import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './browsers';
import { artifactPath, CHROME_BUILD } from './paths';

export type ExtensionPage = 'popup' | 'sidepanel' | 'options';

/** A real Chromium with the built extension loaded, and helpers to drive it. */
export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (its background). */
  worker: () => Promise<Worker>;
  /** Opens an extension page as a tab and waits for React's first paint. */
  open: (page: ExtensionPage, hash?: string) => Promise<Page>;
  /** Runs `fn` in an extension page, with `chrome.*` at hand. */
  evaluate: <T>(fn: () => Promise<T> | T) => Promise<T>;
  /** Everything in storage.local / sync / session, as JSON text. */
  dumpStorage: (area: 'local' | 'sync' | 'session') => Promise<Record<string, unknown>>;
  /** Points the extension at a simulator (writes the agent's settings, as the options page would). */
  useSimulator: (url: string, extra?: Record<string, unknown>) => Promise<void>;
  /** Points the extension at an organisation gateway (the sandbox environment), likewise. */
  useGateway: (url: string, extra?: Record<string, unknown>) => Promise<void>;
  /** Stops the service worker, as Chromium does after 30 s idle. */
  stopServiceWorker: () => Promise<void>;
  screenshot: (page: Page, name: string) => Promise<string>;
  close: () => Promise<void>;
}

export async function launchChromium(
  options: {
    headless?: boolean;
    /** A profile the caller owns (kept at close): the same one relaunched is a browser restart. */
    userDataDir?: string;
  } = {},
): Promise<ChromiumSession> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'guichet-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1100, height: 800 },
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
    ],
  });

  const findWorker = async (): Promise<Worker> =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL((await findWorker()).url()).host;
  const origin = `chrome-extension://${extensionId}`;

  let helperPage: Page | undefined;
  const helper = async (): Promise<Page> => {
    if (!helperPage || helperPage.isClosed()) {
      helperPage = await context.newPage();
      // A plain extension page gives the `chrome.*` APIs without rendering a surface.
      await helperPage.goto(`${origin}/options.html`);
    }
    return helperPage;
  };

  const session: ChromiumSession = {
    context,
    extensionId,
    worker: findWorker,
    async open(page, hash = '') {
      const tab = await context.newPage();
      await tab.goto(`${origin}/${page}.html${hash ? `#${hash}` : ''}`);
      await tab.waitForSelector('#root > *');
      return tab;
    },
    async evaluate(fn) {
      const page = await helper();
      return page.evaluate(fn);
    },
    async dumpStorage(area) {
      const page = await helper();
      return page.evaluate((name) => chrome.storage[name].get(null), area);
    },
    async useSimulator(url, extra = {}) {
      const page = await helper();
      await page.evaluate(
        async ({ simulatorUrl, more }) => {
          const current = (await chrome.storage.local.get('userSettings')).userSettings ?? {};
          await chrome.storage.local.set({
            userSettings: { ...current, environment: 'simulator', simulatorUrl, ...more },
          });
        },
        { simulatorUrl: url, more: extra },
      );
    },
    async useGateway(url, extra = {}) {
      const page = await helper();
      await page.evaluate(
        async ({ gatewayUrl, more }) => {
          const current = (await chrome.storage.local.get('userSettings')).userSettings ?? {};
          await chrome.storage.local.set({
            userSettings: { ...current, environment: 'sandbox', gatewayUrl, ...more },
          });
        },
        { gatewayUrl: url, more: extra },
      );
    },
    async stopServiceWorker() {
      const page = await helper();
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    async screenshot(page, name) {
      const path = artifactPath(`${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}
