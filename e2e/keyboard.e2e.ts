import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { startTestSimulator, type RunningSimulator } from './support/simulator';

/**
 * The two main jobs with the keyboard only (no click, no mouse): find an event and copy its
 * summary; run a check and print the justificatif. At every stop the focused element must
 * show a visible focus indicator; when the view changes, focus must land on its heading; the
 * asynchronous results must be said by a live region.
 */

interface FocusState {
  tag: string;
  name: string;
  visible: boolean;
}

/** What has focus, its accessible-ish name, and whether a focus indicator is drawn. */
async function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { tag: 'BODY', name: '', visible: false };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    const label =
      element.getAttribute('aria-label') ??
      (element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent : null) ??
      element.textContent ??
      '';
    return { tag: element.tagName, name: label.trim().slice(0, 120), visible: outline || shadow };
  });
}

/**
 * Presses Tab until `wanted` has focus, checking on the way that every focused element shows
 * its focus. Fails when the target is not reached within `max` presses.
 */
async function tabTo(
  page: Page,
  wanted: (focus: FocusState) => boolean,
  { max = 40, backwards = false } = {},
): Promise<FocusState> {
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focus = await focusState(page);
    expect(focus.visible, `no visible focus on ${focus.tag} "${focus.name}"`).toBe(true);
    if (wanted(focus)) return focus;
  }
  throw new Error(`Tab never reached the wanted element within ${max} presses.`);
}

async function expectFocusVisible(page: Page): Promise<FocusState> {
  const focus = await focusState(page);
  expect(focus.visible, `no visible focus on ${focus.tag} "${focus.name}"`).toBe(true);
  return focus;
}

/** Waits until a polite live region (role=status) says `text`. */
async function expectAnnounced(page: Page, text: string | RegExp): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: text })
    .first()
    .waitFor({ state: 'attached', timeout: 20_000 });
}

describe('Chromium: the two main jobs with the keyboard only', () => {
  let simulator: RunningSimulator;
  let session: ChromiumSession;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    session = await launchChromium();
    await session.useSimulator(simulator.url, { agentName: 'Agent clavier' });
    const helper = await session.open('options');
    const refreshed = (await helper.evaluate(() =>
      chrome.runtime.sendMessage({
        id: 1,
        type: 'refreshEvents',
        data: { force: true },
        timestamp: Date.now(),
      }),
    )) as { res?: { ok: boolean } };
    expect(refreshed.res?.ok).toBe(true);
  });

  afterAll(async () => {
    await session?.close();
    await simulator?.close();
  });

  it('finds an event and copies its summary', async () => {
    const panel = await session.open('sidepanel', 'events');
    await panel.getByRole('list', { name: 'Résultats' }).locator('li').first().waitFor();

    await tabTo(panel, (f) => f.tag === 'INPUT' && f.name.startsWith('Mots-clés'));
    await panel.keyboard.type('salon');
    await expectAnnounced(panel, /^\d[\d\s\u202f]* évènements?$/);

    // The list is one tab stop (roving tabindex): Tab enters it, arrows move within it.
    const firstRow = await tabTo(
      panel,
      (f) => f.tag === 'BUTTON' && f.name.length > 0 && /salon/i.test(f.name),
    );
    await panel.keyboard.press('ArrowDown');
    const secondRow = await expectFocusVisible(panel);
    expect(secondRow.name).not.toBe(firstRow.name);
    await panel.keyboard.press('ArrowUp');
    expect((await expectFocusVisible(panel)).name).toBe(firstRow.name);

    await panel.keyboard.press('Enter');
    // The detail view takes focus on its heading: the event's title.
    await panel.waitForFunction(() => document.activeElement?.tagName === 'H2');
    const heading = await focusState(panel);
    expect(firstRow.name).toContain(heading.name);

    await tabTo(panel, (f) => f.tag === 'BUTTON' && f.name === 'Copier le résumé');
    await panel.keyboard.press('Enter');
    await expectAnnounced(panel, 'Résumé copié');

    // Back to the list with the keyboard: focus returns to the row that was opened.
    await tabTo(panel, (f) => f.tag === 'BUTTON' && f.name === 'Retour à la liste', { backwards: true });
    await panel.keyboard.press('Enter');
    await panel.waitForFunction(() => document.activeElement?.closest('ul') !== null);
    expect((await expectFocusVisible(panel)).name).toBe(firstRow.name);

    // What was copied is the summary: pasted (Ctrl+V) into the keyword field, it starts with
    // the title (a search field keeps one line).
    await tabTo(panel, (f) => f.tag === 'INPUT' && f.name.startsWith('Mots-clés'), { backwards: true });
    await panel.keyboard.press('ControlOrMeta+A');
    await panel.keyboard.press('ControlOrMeta+V');
    await expect(panel.getByLabel('Mots-clés').inputValue()).resolves.toContain(heading.name);
    await session.screenshot(panel, 'keyboard-events');
  });

  it('runs a check and prints the justificatif', async () => {
    const panel = await session.open('sidepanel', 'status');
    await panel.getByRole('heading', { level: 2, name: 'Vérification du statut' }).waitFor();

    // Mode: radio group, arrows choose.
    const radio = await tabTo(panel, (f) => f.tag === 'INPUT' && /FranceConnect|identifiant/i.test(f.name));
    if (!/identifiant/i.test(radio.name)) await panel.keyboard.press('ArrowDown');
    expect(await panel.getByRole('radio', { name: 'Par identifiant France Travail' }).isChecked()).toBe(true);

    await tabTo(panel, (f) => f.tag === 'SELECT');
    await panel.keyboard.press('ArrowDown');
    await tabTo(panel, (f) => f.tag === 'INPUT' && f.name.startsWith('Référence du dossier'));
    await panel.keyboard.type('CLAVIER-1');
    await tabTo(panel, (f) => f.tag === 'INPUT' && f.name.startsWith('Identifiant France Travail'));
    await panel.keyboard.type('1234567A');
    await panel.keyboard.press('Enter');

    // The verdict is announced, and focus moves to it.
    await expectAnnounced(panel, /^Résultat de la vérification\s:\sInscrit\(e\)/);
    await panel.waitForFunction(() => document.activeElement?.tagName === 'H2');
    expect((await focusState(panel)).name).toContain('Inscrit(e) comme demandeur d’emploi');

    await tabTo(panel, (f) => f.tag === 'BUTTON' && f.name === 'Justificatif à imprimer');
    await panel.keyboard.press('Enter');
    await panel.getByRole('article').waitFor();
    await panel.waitForFunction(() => document.activeElement?.tagName === 'H2');
    await expect(panel.getByRole('article').textContent()).resolves.toContain('CLAVIER-1');

    // The print dialog itself is the browser's, out of reach of automation: count the call.
    await panel.evaluate(() => {
      const counter = window as unknown as { printCalls: number };
      counter.printCalls = 0;
      window.print = () => {
        counter.printCalls += 1;
      };
    });
    await tabTo(panel, (f) => f.tag === 'BUTTON' && f.name === 'Imprimer');
    await panel.keyboard.press('Enter');
    expect(await panel.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
    await session.screenshot(panel, 'keyboard-justificatif');

    // "Effacer" with the keyboard: the result goes, focus returns to the form, it is said.
    await tabTo(panel, (f) => f.tag === 'BUTTON' && f.name === 'Effacer');
    await panel.keyboard.press('Enter');
    await expectAnnounced(panel, 'Le résultat a été effacé.');
    await panel.waitForFunction(() => document.activeElement?.tagName === 'H2');
    expect((await focusState(panel)).name).toBe('Vérification du statut');
  });
});
