import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../gateway/test/databases';
import { createTestDatabase } from '../gateway/test/databases';
import { dpopProof, otherKeyPair } from '../gateway/test/dpop';
import type { TestGateway } from '../gateway/test/harness';
import { startTestGateway } from '../gateway/test/harness';
import { auditPage, formatViolations } from './support/axe';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { sendFrom as send } from './support/messages';
import { startTestSimulator, type RunningSimulator } from './support/simulator';

interface SessionState {
  status: string;
  profile?: {
    agent: { givenName: string; usualName: string; email: string };
    organisation: { id: string; name: string; siret: string };
    role: string;
  };
}

/**
 * The agent's sign-in in a real Chromium: extension background → launchWebAuthFlow → the
 * real gateway (PGlite) → the simulated ProConnect's login page → admitted, or refused on the
 * gateway's page; DPoP-bound tokens whose key never leaves IndexedDB; sign-out.
 */
describe('Chromium: the agent signs in at the gateway with ProConnect', () => {
  let session: ChromiumSession;
  let simulator: RunningSimulator;
  let database: TestDatabase;
  let gateway: TestGateway;
  let panel: Page;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    database = await createTestDatabase('pglite');
    gateway = await startTestGateway({ simulator, database });
    session = await launchChromium();
    await session.useSimulator(simulator.url, { gatewayUrl: gateway.url });
    panel = await session.open('sidepanel');
  });

  afterAll(async () => {
    await session?.close();
    await gateway?.close();
    await database?.drop();
    await simulator?.close();
  });

  /** Starts a sign-in from the background and answers the sign-in window. */
  async function startSignIn() {
    const opened = session.context.waitForEvent('page', { timeout: 20_000 });
    const pending = send<SessionState>(panel, 'agentSignIn');
    const window = await opened;
    await window.waitForLoadState('domcontentloaded');
    return { window, pending };
  }

  /** The side panel's session bar as the agent sees it, audited by axe-core. */
  async function expectBar(state: RegExp, button: string, label: string) {
    await panel.reload();
    const bar = panel.getByRole('region', { name: 'Votre session' });
    await expect.poll(() => bar.getByRole('status').innerText(), { timeout: 20_000 }).toMatch(state);
    await bar.getByRole('button', { name: button }).waitFor();
    const violations = await auditPage(panel);
    expect(violations, formatViolations(label, violations)).toEqual([]);
  }

  it('is signed out before anything', async () => {
    expect(await send(panel, 'getAgentSession')).toEqual({ ok: true, value: { status: 'signed_out' } });
    await expectBar(
      /Connectez-vous avec ProConnect/,
      'Se connecter avec ProConnect',
      'side panel, signed out',
    );
  });

  it('shows a refused agent the gateway’s refusal page, and keeps nothing', async () => {
    const { window, pending } = await startSignIn();
    expect(window.url()).toContain(`${simulator.url}/proconnect/interaction/`);
    await window.getByLabel('Lou Fontaine').check();
    await window.getByRole('button', { name: 'Continuer' }).click();
    const outcome = await Promise.race([
      window.waitForEvent('close').then(() => 'closed' as const),
      window
        .waitForURL((url) => url.href.startsWith(gateway.url))
        .then(
          () => 'shown' as const,
          () => 'closed' as const,
        ),
    ]);
    if (outcome === 'closed') {
      // Chromium ends launchWebAuthFlow on a page answered with an HTTP error status.
      throw new Error(
        `The sign-in window closed instead of showing the refusal page: ${JSON.stringify(await pending)}`,
      );
    }
    await expect.poll(() => window.locator('main').innerText()).toContain('44123456700010');
    const violations = await auditPage(window);
    expect(violations, formatViolations('gateway refusal page', violations)).toEqual([]);
    await window.close();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'window_closed' } });
    expect(await session.dumpStorage('local')).not.toHaveProperty('agentRefresh');
    expect(await session.dumpStorage('session')).not.toHaveProperty('agentAccess');
  });

  it('signs an agent in through ProConnect and knows who they are', async () => {
    const { window, pending } = await startSignIn();
    const violations = await auditPage(window);
    expect(violations, formatViolations('simulated ProConnect login page', violations)).toEqual([]);
    await window.getByLabel('Camille Martin').check();
    await window.getByRole('button', { name: 'Continuer' }).click();
    const reply = await pending;
    expect(reply).toMatchObject({
      ok: true,
      value: {
        status: 'signed_in',
        profile: {
          agent: { givenName: 'Camille', usualName: 'Martin' },
          organisation: { id: 'ville-de-riom', name: 'Ville de Riom', siret: '21630300400016' },
          role: 'agent',
        },
      },
    });
    await expectBar(/Connecté : Camille Martin, Ville de Riom/, 'Se déconnecter', 'side panel, signed in');
  });

  it('keeps the access token in session storage, the key non-extractable in IndexedDB', async () => {
    const sessionArea = await session.dumpStorage('session');
    const local = await session.dumpStorage('local');
    const access = sessionArea.agentAccess as { accessToken: string };
    const refresh = local.agentRefresh as { refreshToken: string };
    expect(access.accessToken.length).toBeGreaterThan(20);
    expect(JSON.stringify(local)).not.toContain(access.accessToken);
    expect(JSON.stringify(await session.dumpStorage('sync'))).toBe('{}');
    const key = await session.evaluate(
      () =>
        new Promise<{ extractable: boolean; exported: string }>((resolve, reject) => {
          const open = indexedDB.open('guichet-emploi');
          open.onerror = () => reject(new Error('no database'));
          open.onsuccess = () => {
            const get = open.result.transaction('dpop-keys').objectStore('dpop-keys').get('agent');
            get.onsuccess = () => {
              const pair = get.result as CryptoKeyPair;
              crypto.subtle.exportKey('jwk', pair.privateKey).then(
                () => resolve({ extractable: pair.privateKey.extractable, exported: 'yes' }),
                (error: Error) => resolve({ extractable: pair.privateKey.extractable, exported: error.name }),
              );
            };
          };
        }),
    );
    expect(key).toEqual({ extractable: false, exported: 'InvalidAccessError' });

    // Stolen tokens are useless without that key: a Bearer call, a proof from another key,
    // a refresh without a proof — all refused.
    const me = `${gateway.url}/api/v1/me`;
    expect((await fetch(me, { headers: { Authorization: `Bearer ${access.accessToken}` } })).status).toBe(
      401,
    );
    const thief = await otherKeyPair();
    const proof = await dpopProof(thief, { htm: 'GET', htu: me, accessToken: access.accessToken });
    const stolen = await fetch(me, { headers: { Authorization: `DPoP ${access.accessToken}`, DPoP: proof } });
    expect(stolen.status).toBe(401);
    const refreshed = await fetch(`${gateway.issuer}/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: refresh.refreshToken,
        client_id: 'guichet-emploi-extension',
      }),
    });
    expect(refreshed.status).toBe(400);
  });

  it('survives the service worker stopping, and a browser restart’s empty session storage', async () => {
    await session.stopServiceWorker();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await send<SessionState>(panel, 'getAgentSession')).toMatchObject({
      ok: true,
      value: { status: 'signed_in', profile: { agent: { usualName: 'Martin' } } },
    });
    // What a restart leaves: storage.session empty, the refresh token and the key on disk.
    const before = ((await session.dumpStorage('session')).agentAccess as { accessToken: string })
      .accessToken;
    await session.evaluate(() => chrome.storage.session.clear());
    await session.stopServiceWorker();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await send<SessionState>(panel, 'getAgentSession')).toMatchObject({
      ok: true,
      value: { status: 'signed_in', profile: { organisation: { name: 'Ville de Riom' } } },
    });
    const after = (await session.dumpStorage('session')).agentAccess as { accessToken: string };
    expect(after.accessToken).not.toBe(before);
  });

  it('signs out: tokens revoked, gateway and ProConnect sessions ended, nothing left', async () => {
    const reply = await send<{ revoked: boolean; sessionEnded: boolean }>(panel, 'agentSignOut');
    expect(reply).toEqual({ ok: true, value: { revoked: true, sessionEnded: true } });
    expect(await session.dumpStorage('session')).not.toHaveProperty('agentAccess');
    expect(await session.dumpStorage('local')).not.toHaveProperty('agentRefresh');
    const keyLeft = await session.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('guichet-emploi');
          open.onsuccess = () => {
            const get = open.result.transaction('dpop-keys').objectStore('dpop-keys').get('agent');
            get.onsuccess = () => resolve(get.result !== undefined);
          };
        }),
    );
    expect(keyLeft).toBe(false);
    expect(await send(panel, 'getAgentSession')).toEqual({ ok: true, value: { status: 'signed_out' } });
    await expectBar(
      /Connectez-vous avec ProConnect/,
      'Se connecter avec ProConnect',
      'side panel, signed out again',
    );
  });

  it('asks ProConnect again after sign-out: another agent can sign in', async () => {
    const { window, pending } = await startSignIn();
    expect(window.url()).toContain('/proconnect/interaction/');
    await window.getByLabel('Sacha Petit').check();
    await window.getByRole('button', { name: 'Continuer' }).click();
    expect(await pending).toMatchObject({
      ok: true,
      value: { status: 'signed_in', profile: { organisation: { id: 'ccas-clermont-ferrand' } } },
    });
  });
});
