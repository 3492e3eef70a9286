import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpStorage, launchFirefox, useSimulator, type FirefoxSession } from './support/firefox';
import { startTestSimulator, type RunningSimulator } from './support/simulator';

/**
 * The FranceConnect check in Firefox: `identity.launchWebAuthFlow` opens the simulator's login
 * page in a Firefox window, the test picks an identity there, and Firefox hands the redirect to
 * `https://<sha1 of the gecko id>.extensions.allizom.org/` back to the background.
 */
type Reply = {
  res?: {
    ok: boolean;
    value?: { status: { registration: { registeredNow: boolean } } | null };
    error?: { code: string };
  };
};

function verify(panel: Page): Promise<Reply> {
  return panel.evaluate(async () => {
    const runtime = (globalThis as unknown as { browser: typeof chrome }).browser.runtime;
    return runtime.sendMessage({
      id: 7,
      type: 'verifyStatus',
      data: { mode: 'franceconnect', motif: 'Ouverture de droits', caseReference: 'FF-1' },
      timestamp: Date.now(),
    });
  }) as Promise<Reply>;
}

describe('Firefox ESR: FranceConnect through identity.launchWebAuthFlow', () => {
  let simulator: RunningSimulator;
  let session: FirefoxSession;
  let panel: Page;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    session = await launchFirefox();
    panel = await session.page('sidepanel');
    await useSimulator(panel, simulator.url);
  });

  afterAll(async () => {
    await session?.close();
    await simulator?.close();
  });

  it('reads the status of the person who consents in the login window', async () => {
    const reply = verify(panel);
    const login = await session.pageWith('/franceconnect/', 'the FranceConnect login window');
    await login.waitForSelector('#identite-jean-dupont');
    await login.click('#identite-jean-dupont');
    await login.click('#autoriser');
    const result = (await reply).res;
    expect(result?.ok).toBe(true);
    expect(result?.value?.status?.registration.registeredNow).toBe(true);

    // The person's data was shown, not kept: nothing of it in Firefox's storage afterwards,
    // and the session area holds no FranceConnect token (the partner token for events may be there).
    const [local, sync, sessionArea] = await Promise.all(
      (['local', 'sync', 'session'] as const).map((area) => dumpStorage(panel, area)),
    );
    const kept = JSON.stringify([local, sync]);
    for (const personal of ['DUPONT', 'Dupont', 'jean.dupont', '0636656565', 'RUE DE LA PAIX', '75107']) {
      expect(kept).not.toContain(personal);
    }
    // Only the partner token may be there (whether the events refresh has run yet is timing).
    const sessionKeys = Object.keys(sessionArea ?? {});
    expect(sessionKeys).not.toContain('franceConnectSession');
    expect(sessionKeys.filter((key) => key !== 'partnerToken' && key !== 'panelRequest')).toEqual([]);
  });

  it('reports a refusal as access_denied', async () => {
    const reply = verify(panel);
    const login = await session.pageWith('/franceconnect/', 'the FranceConnect login window');
    await login.waitForSelector('#refuser');
    await login.click('#refuser');
    expect((await reply).res).toMatchObject({ ok: false, error: { code: 'access_denied' } });
  });
});
