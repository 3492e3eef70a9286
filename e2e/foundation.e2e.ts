import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { CHROME_EXTENSION_ID } from './support/paths';

describe('Chromium: the built extension', () => {
  let session: ChromiumSession;

  beforeAll(async () => {
    session = await launchChromium();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('loads with the fixed id given by the manifest key', () => {
    expect(session.extensionId).toBe(CHROME_EXTENSION_ID);
  });

  it('renders the French shell in the popup', async () => {
    const popup = await session.open('popup');
    await expect(popup.getByRole('navigation', { name: 'Rubriques' }).isVisible()).resolves.toBe(true);
    expect(
      await popup.getByRole('button', { name: 'Salons et évènements' }).getAttribute('aria-current'),
    ).toBe('page');
    await expect(popup.getByRole('button', { name: 'Vérification du statut' }).count()).resolves.toBe(1);
    expect(await popup.locator('html').getAttribute('lang')).toBe('fr');
    await session.screenshot(popup, 'chromium-popup');
  });

  it('renders the side panel with its three views and switches between them', async () => {
    const panel = await session.open('sidepanel');
    await panel.getByRole('button', { name: 'Vérification du statut' }).click();
    expect(
      await panel.getByRole('button', { name: 'Vérification du statut' }).getAttribute('aria-current'),
    ).toBe('page');
    // Focus moves to the main region on a view change (keyboard and screen-reader users).
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe('contenu');
    await panel.getByRole('button', { name: 'Journal des vérifications' }).click();
    await expect(panel.getByRole('main').isVisible()).resolves.toBe(true);
    await panel.getByRole('button', { name: 'Salons et évènements' }).click();
    await session.screenshot(panel, 'chromium-sidepanel');
  });

  it('renders the options page', async () => {
    const options = await session.open('options');
    await expect(options.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'Guichet Emploi',
    );
    await session.screenshot(options, 'chromium-options');
  });

  it('answers a typed message from a page: a real round trip to the service worker', async () => {
    const popup = await session.open('popup');
    const before = Date.now();
    const reply = await popup.evaluate(async () => {
      // The same envelope @webext-core/messaging sends (lib/platform/messaging/messenger.ts).
      return chrome.runtime.sendMessage({ id: 1, type: 'ping', data: undefined, timestamp: Date.now() });
    });
    const pong = (reply as { res?: { extensionVersion: string; answeredAt: string } }).res;
    expect(pong?.extensionVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Date.parse(pong?.answeredAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
  });

  it('rejects a malformed request with a typed error value', async () => {
    const popup = await session.open('popup');
    const reply = await popup.evaluate(async () =>
      chrome.runtime.sendMessage({
        id: 2,
        type: 'getEventDetail',
        data: { source: 'nope' },
        timestamp: Date.now(),
      }),
    );
    const result = (reply as { res?: { ok: boolean; error?: { code: string } } }).res;
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});
