import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelled, launchFirefox, until, useSimulator, type FirefoxSession } from './support/firefox';
import { ROOT } from './support/paths';
import { startTestSimulator, type RunningSimulator } from './support/simulator';

/**
 * Firefox ESR runs the same main flows as Chromium (e2e/events, e2e/status): popup events,
 * side-panel search and detail, an identifier check — against the simulator, in the Firefox
 * test build (its background opens the extension pages, which automation may not navigate to).
 */

/** The button or heading whose text is exactly `text` (Firefox pages have no role locator here). */
function byText(page: Page, selector: string, text: string) {
  return page.waitForFunction(
    (css: string, wanted: string) =>
      [...document.querySelectorAll<HTMLElement>(css)].find((el) => el.textContent?.trim() === wanted) ??
      null,
    { timeout: 20_000, polling: 100 },
    selector,
    text,
  );
}

/** Clicks (real mouse input) the element `byText` finds. */
async function clickText(page: Page, selector: string, text: string): Promise<void> {
  const element = (await byText(page, selector, text)).asElement() as ElementHandle<Element> | null;
  if (!element) throw new Error(`No ${selector} with the text "${text}".`);
  await element.click();
}

describe('Firefox ESR: the main flows, as in Chromium', () => {
  let simulator: RunningSimulator;
  let session: FirefoxSession;
  let popup: Page;
  let panel: Page;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    session = await launchFirefox();
    popup = await session.page('popup');
    panel = await session.page('sidepanel');
    await useSimulator(panel, simulator.url, { agentName: 'Agent Firefox' });
  });

  afterAll(async () => {
    await session?.close();
    await simulator?.close();
  });

  it('refreshes the events through the background (a real round trip to the simulator)', async () => {
    type Reply = { res?: { ok: boolean; value?: { count: number }; error?: { code: string } } };
    const refresh = () =>
      panel.evaluate(async () => {
        const { runtime } = (globalThis as unknown as { browser: typeof chrome }).browser;
        return runtime.sendMessage({
          id: 1,
          type: 'refreshEvents',
          data: { force: true },
          timestamp: Date.now(),
        });
      }) as Promise<Reply>;
    // The install-time refresh (default settings, no simulator there) may still be running, and
    // a refresh asked meanwhile shares it (lib/events/refresh.ts): ask again once it is over.
    let reply = await refresh();
    for (let attempt = 0; attempt < 3 && reply.res?.error?.code === 'network'; attempt++) {
      await new Promise((done) => setTimeout(done, 1_000));
      reply = await refresh();
    }
    expect(reply.res?.ok, JSON.stringify(reply)).toBe(true);
    expect(reply.res?.value?.count).toBeGreaterThan(1000);
  });

  it('popup: paints the upcoming events from the cache', async () => {
    // The test build opens its tabs in the background, where Firefox throttles timers: front.
    await popup.bringToFront();
    await until(
      popup,
      'event rows in the popup',
      () => document.querySelectorAll('main li button').length > 0,
    );
    const rows = await popup.$$eval('main li button', (buttons) => buttons.map((b) => b.textContent ?? ''));
    expect(rows.length).toBeGreaterThan(3);
    await byText(popup, 'h2', 'Prochains évènements');
    await session.screenshot(popup, 'firefox-parity-popup');
  });

  it('side panel: a keyword narrows the list, a row opens the detail', async () => {
    await panel.bringToFront();
    await until(panel, 'the results list', () => !!document.querySelector('ul[aria-label="Résultats"] li'));
    const countBefore = await panel.$eval('.events-count', (p) => p.textContent ?? '');
    const keyword = await labelled(panel, 'Mots-clés');
    await keyword.type('salon');
    await panel.waitForFunction(
      (before: string) => document.querySelector('.events-count')?.textContent !== before,
      { timeout: 10_000 },
      countBefore,
    );
    const titles = await panel.$$eval('ul[aria-label="Résultats"] li .event-row__title', (spans) =>
      spans.map((s) => s.textContent ?? ''),
    );
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((title) => /salon/i.test(title))).toBe(true);

    await panel.click('ul[aria-label="Résultats"] li button');
    await until(panel, 'the detail heading to take focus', () => document.activeElement?.tagName === 'H2');
    const heading = await panel.evaluate(() => document.activeElement?.textContent ?? '');
    expect(titles[0]).toContain(heading.trim());
    await byText(panel, 'button', 'Copier le résumé');
    await session.screenshot(panel, 'firefox-parity-detail');
    await clickText(panel, 'button', 'Retour à la liste');
    await until(panel, 'the list again', () => !!document.querySelector('ul[aria-label="Résultats"] li'));
  });

  it('side panel: an identifier check against the simulator shows the verdict', async () => {
    await clickText(panel, 'nav button', 'Vérification du statut');
    await byText(panel, 'h2', 'Vérification du statut');
    const mode = await panel.$('input[type="radio"][value="identifiant"]');
    await mode?.click();
    const motif = await labelled(panel, 'Motif de la vérification');
    await motif.select(
      await motif.evaluate((select) => (select as HTMLSelectElement).options[1]?.value ?? ''),
    );
    await (await labelled(panel, 'Référence du dossier')).type('FIREFOX-1');
    await (await labelled(panel, 'Identifiant France Travail')).type('1234567A');
    await clickText(panel, 'button', 'Vérifier le statut');
    await until(
      panel,
      'the verdict heading',
      () => document.activeElement?.textContent?.includes('Inscrit(e) comme demandeur d’emploi') ?? false,
    );
    const announced = await panel.$$eval('[role="status"]', (regions) =>
      regions.map((r) => r.textContent ?? ''),
    );
    expect(announced.some((text) => text.startsWith('Résultat de la vérification'))).toBe(true);
    await session.screenshot(panel, 'firefox-parity-status');

    // The check is journaled; the result itself is in no storage area.
    const stored = await panel.evaluate(async () => {
      const { storage } = (globalThis as unknown as { browser: typeof chrome }).browser;
      return JSON.stringify([await storage.local.get(null), await storage.session.get(null)]);
    });
    expect(stored).toContain('FIREFOX-1');
    expect(stored).not.toContain('1234567A');
    expect(stored).not.toContain('Lefèvre');
  });

  it('side panel: the journal at 400 px stacks each check as a card, with nothing scrolling sideways', async () => {
    await clickText(panel, 'nav button', 'Journal des vérifications');
    await byText(panel, 'h2', 'Journal des vérifications');
    await panel.setViewport({ width: 400, height: 800 });
    await until(panel, 'the journal row of the check', () =>
      [...document.querySelectorAll('.journal__table tbody tr')].some((row) =>
        row.textContent?.includes('FIREFOX-1'),
      ),
    );
    const layout = await panel.evaluate(() => {
      const table = document.querySelector('.journal__table') as HTMLTableElement;
      const wrap = table.parentElement as HTMLElement;
      const cell = table.querySelector('tbody td') as HTMLElement;
      return {
        display: getComputedStyle(table).display,
        table: Math.ceil(table.getBoundingClientRect().width),
        wrap: wrap.clientWidth,
        page: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        label: cell.dataset.label,
        before: getComputedStyle(cell, '::before').content,
      };
    });
    expect(layout.display).toBe('block');
    expect(layout.table).toBeLessThanOrEqual(layout.wrap);
    expect(layout.page).toBeLessThanOrEqual(layout.client);
    expect(layout.label).toBe('Date et heure');
    // Firefox reports the rule unresolved ("attr(data-label)"); Chromium resolves it.
    expect(layout.before).toMatch(/^(attr\(data-label\)|"Date et heure")$/);
    await session.screenshot(panel, 'firefox-journal-400');
  });
});

/** `web-ext lint` on the Firefox build: no error, and every warning explained in docs/web-ext-lint.md. */
describe('web-ext lint (Firefox production build)', () => {
  it('has no error, and each warning (rule and file) is explained', () => {
    const run = spawnSync(
      'npx',
      ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json', '--no-config-discovery'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const report = JSON.parse(run.stdout) as {
      errors: { code: string; file?: string; message: string }[];
      warnings: { code: string; file?: string; message: string }[];
    };
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    const rows = readFileSync(join(ROOT, 'docs/web-ext-lint.md'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    // Chunk names carry a content hash: the doc names them `chunks/<name>-*.js`.
    const unexplained = report.warnings.filter((warning) => {
      const file = (warning.file ?? '').replace(/-[\w-]{8}\.js$/, '-*.js');
      return !rows.some((row) => row.includes(`\`${warning.code}\``) && row.includes(`\`${file}\``));
    });
    expect(unexplained.map((w) => `${w.code} in ${w.file}: ${w.message}`)).toEqual([]);
  });
});
