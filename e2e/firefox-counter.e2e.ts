import jsQR from 'jsqr';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  catchMailto,
  caughtMailto,
  dumpStorage,
  element,
  launchFirefox,
  until,
  useSimulator,
  type FirefoxSession,
} from './support/firefox';
import { expectedPopupFor63 } from './support/popup-oracle';
import { readMailto } from './support/qr';
import { startTestSimulator, type RunningSimulator } from './support/simulator';

/**
 * Firefox ESR, at the counter (as e2e/counter.e2e.ts in Chromium): the territory asked on
 * first run, the popup's order for the Puy-de-Dôme against the simulator's data, the filter
 * chips, the printed QR codes decoded back to the registration pages, the e-mail summary.
 */

const localStorageOf = (page: Page) => dumpStorage(page, 'local');

describe('Firefox ESR: at the counter', () => {
  let simulator: RunningSimulator;
  let session: FirefoxSession;
  let popup: Page;
  let panel: Page;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    session = await launchFirefox();
    popup = await session.page('popup');
    panel = await session.page('sidepanel');
    await useSimulator(panel, simulator.url);
  });

  afterAll(async () => {
    await session?.close();
    await simulator?.close();
  });

  it('first run: the popup asks for the territory, answers as the agent types, and remembers it', async () => {
    await popup.bringToFront();
    await popup.setViewport({ width: 400, height: 600 });
    // Opened at install; it follows the settings and the digest as they change (no reload:
    // automation may not navigate to moz-extension:// pages).
    await until(popup, 'the territory question', () =>
      [...document.querySelectorAll('h2')].some((h) => h.textContent === 'Où travaillez-vous ?'),
    );
    const field = await popup.waitForSelector('.territory-prompt input[type="text"]');
    await field?.click();
    await field?.type('Riom');
    const suggestion = await element(
      popup,
      '.territory-prompt .suggestions button',
      'Riom (63200) – Puy-de-Dôme (63)',
    );
    await session.screenshot(popup, 'firefox-counter-first-run');
    await suggestion.click();
    await until(popup, 'the territory saved', () =>
      document.body.innerText.includes('Territoire : Puy-de-Dôme (63)'),
    );
    const deadline = Date.now() + 60_000;
    let territory: unknown;
    while (Date.now() < deadline) {
      const local = await localStorageOf(popup);
      territory = (local.eventsDigest as { territory?: string[] } | undefined)?.territory;
      if (JSON.stringify(territory) === '["63"]') break;
      await new Promise((done) => setTimeout(done, 500));
    }
    expect(territory).toEqual(['63']);
    expect(((await localStorageOf(popup)).userSettings as { departements?: string[] }).departements).toEqual([
      '63',
    ]);
  });

  it('popup: the territory’s events by date, then only the online fairs that concern it', async () => {
    const expected = await expectedPopupFor63(simulator.url);
    await until(popup, 'the two groups', () => !!document.querySelector('#popup-fairs-title'));
    const titles = (group: string) =>
      popup.$$eval(`section[aria-labelledby="${group}"] .event-row__title`, (spans) =>
        spans.map((s) => s.textContent ?? ''),
      );
    expect(await titles('popup-local-title')).toEqual(expected.local);
    expect(await titles('popup-fairs-title')).toEqual(expected.fairs);
    const all = await popup.$$eval('main .event-row__title', (spans) =>
      spans.map((s) => s.textContent ?? ''),
    );
    expect(all).toEqual([...expected.local, ...expected.fairs]);
    await element(popup, 'button', `${expected.more} de plus`);
    await session.screenshot(popup, 'firefox-counter-popup-territory');
  });

  it('side panel: the active filters as chips that remove them', async () => {
    await panel.bringToFront();
    await panel.setViewport({ width: 400, height: 800 });
    await until(panel, 'the results', () => !!document.querySelector('ul[aria-label="Résultats"] li'));
    await (await element(panel, 'button', 'Filtres (aucun actif)')).click();
    const sector = await panel.waitForSelector('select:has(option[value="J"])');
    await sector?.select('J');
    await (await element(panel, 'button', 'Filtres (1 actif)')).click();
    const before = await panel.$eval('.events-count', (p) => p.textContent ?? '');
    const chip = await element(
      panel,
      'ul[aria-label="Filtres actifs"] button',
      'Retirer le filtre Secteur : J – Santé',
    );
    await session.screenshot(panel, 'firefox-counter-chips');
    await chip.click();
    await until(panel, 'the chip gone', () => !document.querySelector('ul[aria-label="Filtres actifs"]'));
    expect(await panel.$eval('.events-count', (p) => p.textContent ?? '')).not.toBe(before);
    await element(panel, 'button', 'Filtres (aucun actif)');
  });

  it('hand-over: printed QR codes decode to the registration pages; the e-mail summary', async () => {
    const rows = await panel.$$eval('ul[aria-label="Résultats"] .event-row__title', (s) =>
      s.slice(0, 2).map((x) => x.textContent ?? ''),
    );
    for (const title of rows) {
      await (
        await element(panel, 'input[type="checkbox"]', `Ajouter à la liste à imprimer : ${title}`)
      ).click();
    }
    const cache = (await localStorageOf(panel)).eventsCache as { events: { title: string; url: string }[] };
    const urls = rows.map((title) => cache.events.find((e) => e.title === title)?.url);
    await panel.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await (await element(panel, 'button', 'Imprimer la sélection')).click();
    await until(panel, 'the print', () => (window as unknown as { printed: number }).printed === 1);
    // The drawn SVG, rasterised in the page (a canvas), read back by jsQR here.
    const images = await panel.evaluate(async () => {
      const out: { data: number[]; width: number; height: number }[] = [];
      for (const svg of document.querySelectorAll('svg.qr-code')) {
        const markup = new XMLSerializer().serializeToString(svg);
        const img = new Image();
        img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = 300;
        canvas.height = 300;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no canvas');
        context.drawImage(img, 0, 0, 300, 300);
        const { data } = context.getImageData(0, 0, 300, 300);
        out.push({ data: Array.from(data), width: 300, height: 300 });
      }
      return out;
    });
    expect(images).toHaveLength(2);
    expect(images.map((i) => jsQR(Uint8ClampedArray.from(i.data), i.width, i.height)?.data)).toEqual(urls);

    await catchMailto(panel);
    await (await element(panel, 'a', 'Envoyer la sélection par e-mail')).click();
    const mailto = await caughtMailto(panel);
    const { subject, body } = readMailto(mailto);
    expect(subject).toBe('Évènements emploi sélectionnés pour vous');
    expect(body).toContain(`1. ${rows[0]}`);
    expect(body).toContain(`2. ${rows[1]}`);
    for (const url of urls) expect(body).toContain(`Inscription : ${url}`);
    await session.screenshot(panel, 'firefox-counter-selection');
  });
});
