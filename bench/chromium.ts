import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../e2e/support/browsers';

/** Debian's headless Chromium with one unpacked extension: the same flags as the e2e harness. */
export interface BenchBrowser {
  context: BrowserContext;
  origin: string;
  /** A page of the extension kept open to reach `chrome.*` (storage, messages). */
  helper: Page;
  close: () => Promise<void>;
}

const FLAGS = [
  ...CHROMIUM_FLAGS,
  // performance.memory with exact (not bucketed) figures, for the heap measures.
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

export async function launchBenchChromium(extensionDir: string): Promise<BenchBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'guichet-bench-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1100, height: 800 },
    args: [...FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  // tsx compiles with keepNames: functions sent to pages call its `__name` helper, which
  // pages do not have. A no-op stand-in, in every page before its own scripts.
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  const helper = await context.newPage();
  await helper.goto(`${origin}/options.html`);
  return {
    context,
    origin,
    helper,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
