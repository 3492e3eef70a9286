import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { startTestSimulator, type RunningSimulator } from './support/simulator';

/**
 * "Salons et évènements" in a real Chromium against the simulator: the popup paints the
 * cached list and repaints after a refresh; the side panel's filters give the events the
 * simulator's own search gives for the same criteria; a detail opens; the calendar file
 * downloads and parses.
 */
// 974: the simulator's fixed Réunion event (id 390001, 9 h – 12 h local time, in three days).
const TERRITORY = ['63', '75', '974'];

interface CachedEvent {
  key: string;
  id: string;
  source: string;
  title: string;
  end: string | null;
  start: string;
  hasTime: boolean;
}

const parisToday = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

/** Unfolds an iCalendar text into its lines. */
const icsLines = (text: string) =>
  text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);

describe('Chromium: events in the popup and the side panel', () => {
  let session: ChromiumSession;
  let simulator: RunningSimulator;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    session = await launchChromium();
    await session.useSimulator(simulator.url, { departements: TERRITORY });
  });

  afterAll(async () => {
    await session?.close();
    await simulator?.close();
  });

  it('popup: loads the list on first open, then paints it from the cache with its age', async () => {
    const first = await session.open('popup');
    try {
      await first.getByRole('button', { name: /de plus|Voir tout/ }).waitFor({ timeout: 30_000 });
    } finally {
      await session.screenshot(first, 'events-popup-first-open');
    }
    const rows = await first.locator('.event-row').count();
    expect(rows).toBeGreaterThan(0);
    await first.close();

    const local = await session.dumpStorage('local');
    const digest = local.eventsDigest as {
      fetchedAt: string;
      local: { title: string }[];
      fairs: { title: string }[];
    };
    expect(digest.local.length).toBeGreaterThan(0);

    const again = await session.open('popup');
    // The first row is there as soon as React paints, from the digest.
    await again.locator('.event-row').first().waitFor({ timeout: 2_000 });
    const titles = await again.locator('.event-row__title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect([...digest.local, ...digest.fairs].map((e) => e.title)).toEqual(expect.arrayContaining(titles));
    await expect
      .poll(() => again.getByRole('status').first().textContent(), { timeout: 15_000 })
      .toMatch(/Mis à jour/);
    await again.close();
  });

  it('side panel: the filters give the events the simulator’s own search gives', async () => {
    const panel = await session.open('sidepanel');
    await panel.getByRole('list', { name: 'Résultats' }).waitFor({ timeout: 30_000 });
    await panel.getByRole('button', { name: /^Filtres/ }).click();
    await panel.getByRole('combobox', { name: 'Secteur' }).selectOption('J');
    await panel.getByRole('combobox', { name: 'Modalité' }).selectOption('presentiel');
    await panel.getByRole('textbox', { name: /Départements/ }).fill('63');
    await panel.getByRole('textbox', { name: /Départements/ }).press('Enter');

    const expected = (await (
      await fetch(`${simulator.url}/__admin/events/query`, {
        method: 'POST',
        body: JSON.stringify({
          departements: ['63'],
          secteurActivite: 'J',
          modalite: 'ENPHY',
          dateDebut: parisToday(),
        }),
      })
    ).json()) as { count: number; ids: number[] };
    // The panel hides events already over today; the API's day filter still returns them.
    const cache = (await session.dumpStorage('local')).eventsCache as { events: CachedEvent[] };
    const now = Date.now();
    const notOver = new Set(
      cache.events.filter((e) => Date.parse(e.end ?? e.start) >= now && e.source === 'mee').map((e) => e.id),
    );
    const wanted = expected.ids.map(String).filter((id) => notOver.has(id));
    expect(expected.count).toBeGreaterThan(0);
    const count = wanted.length;
    await expect
      .poll(() => panel.locator('.events-count').textContent())
      .toBe(count === 0 ? 'Aucun évènement' : `${count} ${count === 1 ? 'évènement' : 'évènements'}`);

    // Spot-check the rows shown against the simulator's ids, in the panel's order.
    const byTitle = new Map(cache.events.map((e) => [e.title, e]));
    const shown = await panel.locator('.events-list .event-row__title').allTextContents();
    for (const title of shown) expect(wanted).toContain(byTitle.get(title)?.id);
    await panel.close();
  });

  it('side panel: a detail opens and its calendar file downloads and parses', async () => {
    const panel: Page = await session.open('sidepanel');
    await panel.getByRole('list', { name: 'Résultats' }).waitFor({ timeout: 30_000 });
    // Filters kept from the previous test, if any, are cleared first (behind "Filtres").
    await panel.getByRole('button', { name: /^Filtres/ }).click();
    const reset = panel.getByRole('button', { name: 'Effacer les filtres' });
    if (await reset.isEnabled()) await reset.click();
    const first = panel.locator('.events-list .event-row').first();
    await first.waitFor({ timeout: 30_000 });
    const title = (await first.locator('.event-row__title').textContent()) ?? '';
    await first.press('Enter');
    const article = panel.getByRole('article', { name: title });
    await article.waitFor();
    await expect.poll(() => panel.getByRole('heading', { level: 2, name: title }).isVisible()).toBe(true);
    expect(await article.locator('script, iframe, form').count()).toBe(0);

    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Ajouter à l’agenda (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const lines = icsLines(readFileSync((await download.path()) ?? '', 'utf8'));
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain(`SUMMARY:${title}`);
    // Timed events in their own zone (Paris, or an overseas one), defined in the file; fairs by day.
    const dtstart = lines.find((l) => l.startsWith('DTSTART')) ?? '';
    expect(dtstart).toMatch(/^DTSTART(;TZID=[\w/+-]+:\d{8}T\d{6}|;VALUE=DATE:\d{8})$/);
    const zone = /;TZID=([^:]+):/.exec(dtstart)?.[1];
    if (zone) expect(lines).toContain(`TZID:${zone}`);

    await panel.keyboard.press('Escape');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.getAttribute('data-row'))).toBe('0');
    await panel.close();
  });

  it('side panel: an overseas event shows its own local hours, and its calendar file is in its zone', async () => {
    const cache = (await session.dumpStorage('local')).eventsCache as { events: CachedEvent[] };
    const reunion = cache.events.find((e) => e.key === 'mee:390001');
    expect(reunion).toBeDefined();
    const panel = await session.open('sidepanel');
    await panel.getByRole('list', { name: 'Résultats' }).waitFor({ timeout: 30_000 });
    // The filters are behind "Filtres" (issue 15): open them, clear what an earlier test left.
    await panel.getByRole('button', { name: /^Filtres/ }).click();
    const reset = panel.getByRole('button', { name: 'Effacer les filtres' });
    if (await reset.isEnabled()) await reset.click();
    await panel.getByRole('textbox', { name: /Départements/ }).fill('974');
    await panel.getByRole('textbox', { name: /Départements/ }).press('Enter');
    const row = panel.locator('.events-list .event-row', { hasText: reunion!.title }).first();
    await row.waitFor({ timeout: 30_000 });
    // 9 h in Saint-Denis is 6 h or 7 h in Paris: the row and the detail say the local hour.
    await expect
      .poll(async () => (await row.textContent())?.replace(/[\u00a0\u202f]/g, ' '))
      .toMatch(/9 h – 12 h \(heure locale, UTC\+4\)/);
    await row.press('Enter');
    const article = panel.getByRole('article', { name: reunion!.title });
    await article.waitFor();
    expect((await article.textContent())?.replace(/[\u00a0\u202f]/g, ' ')).toMatch(
      /9 h – 12 h \(heure locale, UTC\+4\)/,
    );
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Ajouter à l’agenda (.ics)' }).click(),
    ]);
    const lines = icsLines(readFileSync((await download.path()) ?? '', 'utf8'));
    expect(lines).toContain('TZID:Indian/Reunion');
    expect(lines.some((l) => /^DTSTART;TZID=Indian\/Reunion:\d{8}T090000$/.test(l))).toBe(true);
    await session.screenshot(panel, 'events-overseas-detail');
    await panel.close();
  });
});
