import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './support/firefox';

describe('Firefox ESR: the extension installs and renders', () => {
  let session: FirefoxSession;

  beforeAll(async () => {
    session = await launchFirefox();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('renders the French shell in the popup page', async () => {
    const popup = await session.page('popup');
    await popup.waitForSelector('nav[aria-label="Rubriques"]');
    const labels = await popup.$$eval('nav button', (buttons) => buttons.map((b) => b.textContent?.trim()));
    expect(labels).toEqual(['Salons et évènements', 'Vérification du statut']);
    expect(await popup.$eval('html', (html) => html.lang)).toBe('fr');
    await session.screenshot(popup, 'firefox-popup');
  });

  it('renders the side panel page (sidebar_action) and answers a background round trip', async () => {
    const panel = await session.page('sidepanel');
    await panel.waitForSelector('nav[aria-label="Rubriques"]');
    const reply = await panel.evaluate(async () => {
      const runtime = (globalThis as unknown as { browser: typeof chrome }).browser.runtime;
      return runtime.sendMessage({ id: 1, type: 'ping', data: undefined, timestamp: Date.now() });
    });
    expect((reply as { res?: { extensionVersion?: string } }).res?.extensionVersion).toMatch(
      /^\d+\.\d+\.\d+$/,
    );
    await session.screenshot(panel, 'firefox-sidepanel');
  });
});
