import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage, formatViolations } from './support/axe';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { sendFrom } from './support/messages';
import { expectedPopupFor63 } from './support/popup-oracle';
import { decodeQrScreenshot, readMailto } from './support/qr';
import { startTestSimulator, type RunningSimulator } from './support/simulator';

/**
 * At the counter, in a real Chromium at the widths agents have (popup and side panel 400 px),
 * from a fresh install against the simulator: the territory asked on first run, the popup's
 * order for that territory compared with the simulator's own data, the side panel's first
 * screen, the filter chips, the printed list's QR codes decoded back to the registration
 * pages, the e-mail summary, the journal in words. Screenshots go to artifacts/e2e/.
 */

async function expectAccessible(page: Page, state: string): Promise<void> {
  const violations = await auditPage(page);
  expect(violations, formatViolations(state, violations)).toEqual([]);
}

const groupTitles = (page: Page, group: string) =>
  page.getByRole('region', { name: group }).locator('.event-row__title').allTextContents();

describe('Chromium: at the counter', () => {
  let simulator: RunningSimulator;
  let session: ChromiumSession;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    session = await launchChromium();
    await session.useSimulator(simulator.url, { agentName: 'Agent guichet' });
  });

  afterAll(async () => {
    await session?.close();
    await simulator?.close();
  });

  const openAt400 = async (surface: 'popup' | 'sidepanel', hash = '', height = 600) => {
    const page = await session.open(surface, hash);
    await page.setViewportSize({ width: 400, height });
    return page;
  };

  it('first run: the popup asks for the territory in place, answers as the agent types, remembers it', async () => {
    const popup = await openAt400('popup');
    const prompt = popup.getByRole('region', { name: 'Où travaillez-vous ?' });
    await prompt.waitFor({ timeout: 30_000 });
    await popup.getByRole('heading', { name: 'Prochains évènements' }).waitFor({ timeout: 60_000 });
    await session.screenshot(popup, 'counter-1-first-run');
    await expectAccessible(popup, 'counter: first run');

    await prompt.getByRole('textbox', { name: 'Votre territoire' }).fill('Riom');
    const suggestion = prompt.getByRole('button', { name: 'Riom (63200) – Puy-de-Dôme (63)', exact: true });
    await suggestion.waitFor();
    await suggestion.click();
    await popup.getByText('Territoire enregistré : Puy-de-Dôme (63). La liste se met à jour.').waitFor();
    await expect
      .poll(
        async () =>
          ((await session.dumpStorage('local')).userSettings as { departements?: string[] })?.departements,
      )
      .toEqual(['63']);
    await expect.poll(() => prompt.count()).toBe(0);
    // The digest of the new territory arrives from the background's refresh.
    await expect
      .poll(
        async () =>
          ((await session.dumpStorage('local')).eventsDigest as { territory?: string[] })?.territory,
        {
          timeout: 60_000,
        },
      )
      .toEqual(['63']);
    await popup.close();
  });

  it('popup: the territory’s events by date, then only the online fairs that concern it', async () => {
    const expected = await expectedPopupFor63(simulator.url);
    expect(expected.fairs.length).toBeGreaterThan(0);
    const popup = await openAt400('popup');
    await popup.getByRole('region', { name: 'Salons en ligne qui vous concernent' }).waitFor();
    await popup.getByText('Territoire : Puy-de-Dôme (63)').waitFor();

    expect(await groupTitles(popup, 'Sur votre territoire')).toEqual(expected.local);
    const fairs = await groupTitles(popup, 'Salons en ligne qui vous concernent');
    expect(fairs).toEqual(expected.fairs);
    for (const title of fairs) expect(expected.otherFairTitles.has(title)).toBe(false);
    // The territory's group comes first on the page.
    const rows = await popup.locator('main .event-row__title').allTextContents();
    expect(rows).toEqual([...expected.local, ...expected.fairs]);
    await popup.getByRole('button', { name: `${expected.more} de plus` }).waitFor();
    await session.screenshot(popup, 'counter-2-popup-territory');
    await expectAccessible(popup, 'counter: popup with a territory');

    // Changing the territory is one click away.
    await popup.getByRole('button', { name: /^Changer de territoire/ }).click();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('text');
    await popup.close();
  });

  it('side panel at 400 px: search field, count and first results in the first screen; filters as chips', async () => {
    const panel = await openAt400('sidepanel', 'events', 800);
    const list = panel.getByRole('list', { name: 'Résultats' });
    await list.locator('li').first().waitFor({ timeout: 30_000 });
    const inFirstScreen = async (selector: string) => {
      const box = await panel.locator(selector).first().boundingBox();
      return !!box && box.y + box.height <= 800;
    };
    expect(await inFirstScreen('input[type="search"]')).toBe(true);
    expect(await inFirstScreen('.events-count')).toBe(true);
    expect(await inFirstScreen('.events-list .event-row')).toBe(true);
    await session.screenshot(panel, 'counter-3-sidepanel-first-screen');
    await expectAccessible(panel, 'counter: side panel first screen');

    const toggle = panel.getByRole('button', { name: 'Filtres (aucun actif)' });
    await toggle.click();
    await panel.getByRole('combobox', { name: 'Secteur' }).selectOption('J');
    await panel.getByRole('checkbox', { name: 'Pour mon territoire seulement' }).check();
    await session.screenshot(panel, 'counter-4-filters-open');
    await expectAccessible(panel, 'counter: filters open');
    await panel.getByRole('button', { name: 'Filtres (2 actifs)' }).click();
    const chips = panel.getByRole('list', { name: 'Filtres actifs' });
    expect(
      await chips.getByRole('button').evaluateAll((b) => b.map((x) => x.getAttribute('aria-label'))),
    ).toEqual(['Retirer le filtre Pour mon territoire', 'Retirer le filtre Secteur : J – Santé']);
    const countWithSector = await panel.locator('.events-count').textContent();
    await session.screenshot(panel, 'counter-5-filter-chips');
    await expectAccessible(panel, 'counter: filter chips');
    await chips.getByRole('button', { name: 'Retirer le filtre Secteur : J – Santé' }).click();
    await expect.poll(() => panel.locator('.events-count').textContent()).not.toBe(countWithSector);
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Retirer le filtre Pour mon territoire');
    await panel.getByRole('button', { name: 'Filtres (1 actif)' }).waitFor();
    await chips.getByRole('button', { name: 'Retirer le filtre Pour mon territoire' }).click();
    await panel.getByRole('button', { name: 'Filtres (aucun actif)' }).waitFor();
    await panel.close();
  });

  it('hand-over: the printed list carries QR codes that decode to each registration page; the e-mail summary', async () => {
    const panel = await openAt400('sidepanel', 'events', 800);
    const list = panel.getByRole('list', { name: 'Résultats' });
    await list.locator('li').nth(1).waitFor({ timeout: 30_000 });
    const titles = (await list.locator('.event-row__title').allTextContents()).slice(0, 2);
    for (const title of titles) {
      await panel.getByRole('checkbox', { name: `Ajouter à la liste à imprimer : ${title}` }).check();
    }
    const cache = (await session.dumpStorage('local')).eventsCache as {
      events: { title: string; url: string | null }[];
    };
    const urls = titles.map((title) => cache.events.find((e) => e.title === title)?.url);
    expect(urls.every(Boolean)).toBe(true);

    // The browser's print dialog is not ours: the page's print() is recorded instead.
    await panel.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    expect(await panel.locator('svg.qr-code').count()).toBe(0);
    await panel.getByRole('button', { name: 'Imprimer la sélection' }).click();
    await expect.poll(() => panel.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await panel.emulateMedia({ media: 'print' });
    try {
      const codes = panel.locator('svg.qr-code');
      expect(await codes.count()).toBe(2);
      await session.screenshot(panel, 'counter-6-printed-list-qr');
      for (const [i, url] of urls.entries()) {
        const png = await codes.nth(i).screenshot();
        expect(await decodeQrScreenshot((fn, arg) => panel.evaluate(fn, arg), png)).toBe(url);
      }
      await expectAccessible(panel, 'counter: printed list with QR codes');
    } finally {
      await panel.emulateMedia({ media: 'screen' });
    }

    // The e-mail: the link the click would hand to the mail client, caught at the click.
    await panel.evaluate(() => {
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
    await panel.getByRole('link', { name: 'Envoyer la sélection par e-mail' }).click();
    const mailto = await panel.evaluate(() => (window as unknown as { mailto: string }).mailto);
    const { subject, body } = readMailto(mailto);
    expect(subject).toBe('Évènements emploi sélectionnés pour vous');
    expect(body).toContain(`1. ${titles[0]}`);
    expect(body).toContain(`2. ${titles[1]}`);
    for (const url of urls) expect(body).toContain(`Inscription : ${url}`);
    expect(body).toMatch(/Quand : /);
    expect(mailto.length).toBeLessThanOrEqual(1900);
    await panel.getByText(/Votre messagerie s’ouvre avec le résumé/).waitFor();
    await panel.close();
  });

  it('journal: a failed check said in words, dates typed in the interface’s format', async () => {
    const helper = await session.open('options');
    const result = await sendFrom(helper, 'verifyStatus', {
      mode: 'identifiant',
      identifiant: '9000503A',
      motif: 'Accompagnement vers l’emploi',
      caseReference: 'GUICHET-1',
    });
    expect(result.ok).toBe(false);
    await helper.close();
    const panel = await openAt400('sidepanel', 'journal', 800);
    const table = panel.getByRole('table', { name: 'Vérifications, les plus récentes d’abord' });
    await table.waitFor({ timeout: 30_000 });
    const row = table.getByRole('row').filter({ hasText: 'GUICHET-1' });
    await expect.poll(() => row.textContent()).toMatch(/Erreur : service momentanément indisponible/);
    expect(await row.textContent()).not.toMatch(/\(server\)|\bserver\b/);
    const from = panel.getByRole('textbox', { name: 'Du' });
    expect(await from.getAttribute('aria-describedby')).toBeTruthy();
    await panel.getByText('jj/mm/aaaa, par exemple 15/03/2026').first().waitFor();
    await session.screenshot(panel, 'counter-7-journal');
    await expectAccessible(panel, 'counter: journal');
    await panel.close();
  });
});
