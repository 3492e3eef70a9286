// @vitest-environment node
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { TestBrowser, expectRedirect } from '../../gateway/test/browser';
import { EXTENSION_ORIGINS, EXTENSION_REDIRECT, pickAgent } from '../../gateway/test/harness';
import type { IdentityAdapter } from '../platform/auth/identity-adapter';
import { agentAccessItem, agentRefreshItem } from '../platform/storage/items';
import { deleteDpopKey, loadDpopKey } from './dpop-key';
import { clearGatewayDiscoveryCache } from './gateway-oauth';
import { useRealGateway } from './real-gateway.test-support';
import { createAgentSession } from './session';

/**
 * The extension's agent session against the REAL gateway (its oidc-provider authorization
 * server, PGlite) and the simulator's ProConnect, over real HTTP. The sign-in window is a
 * cookie-keeping test browser that picks an agent on the simulated ProConnect's page, as
 * launchWebAuthFlow's window would (the Chromium e2e does it in a real browser).
 */
const real = useRealGateway();
let clock = Date.now();
beforeEach(() => {
  clock = Date.now();
});

function window(agentKey: string) {
  const browser = new TestBrowser(EXTENSION_ORIGINS);
  const pages: string[] = [];
  const identity: IdentityAdapter = {
    getRedirectURL: () => EXTENSION_REDIRECT,
    launchWebAuthFlow: async ({ url, interactive }) => {
      const first = await browser.visit(url);
      if (first.kind === 'redirected') return first.to.href;
      if (!interactive) throw new Error('User interaction required.');
      const picked = await pickAgent(browser, first, agentKey);
      if (picked.kind === 'page') {
        pages.push(picked.html);
        // A refusal page stays open until the agent closes the window.
        throw new Error('The user did not approve access.');
      }
      return expectRedirect(picked).href;
    },
  };
  return { identity, browser, pages };
}

const agentSession = (identity: IdentityAdapter) =>
  createAgentSession({ identity, gatewayUrl: async () => real.gateway.url, now: () => clock });

describe('the agent session against the real gateway', { timeout: 30_000 }, () => {
  it('signs an agent in, knows them, refreshes, survives a restart and signs out', async () => {
    const w = window('riom-agent');
    const session = agentSession(w.identity);
    const signedIn = await session.signIn();
    expect(signedIn).toEqual({
      ok: true,
      value: {
        status: 'signed_in',
        profile: {
          agent: { givenName: 'Camille', usualName: 'Martin', email: 'camille.martin@ville-riom.fr' },
          organisation: { id: 'ville-de-riom', name: 'Ville de Riom', siret: '21630300400016' },
          role: 'agent',
        },
        accessTokenExpiresAt: expect.any(String),
      },
    });
    const first = (await agentAccessItem.getValue())!;
    const firstRefresh = (await agentRefreshItem.getValue())!.refreshToken;

    // Near expiry: one refresh for concurrent callers, the refresh token rotated.
    clock = first.expiresAt - 30_000;
    const tokens = await Promise.all([session.accessToken(), session.accessToken(), session.me()]);
    expect(tokens.every((t) => t.ok)).toBe(true);
    const second = (await agentAccessItem.getValue())!;
    expect(second.accessToken).not.toBe(first.accessToken);
    expect((await agentRefreshItem.getValue())!.refreshToken).not.toBe(firstRefresh);

    // Browser restart: session storage gone, the refresh token and the key remain.
    await fakeBrowser.storage.session.clear();
    clearGatewayDiscoveryCache();
    const restarted = agentSession(window('riom-agent').identity);
    expect(await restarted.state()).toMatchObject({ ok: true, value: { status: 'signed_in' } });

    const out = await restarted.signOut();
    expect(out).toEqual({ ok: true, value: { revoked: true, sessionEnded: true } });
    expect(await loadDpopKey()).toBeUndefined();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('leaves a refused agent on the gateway’s refusal page, signed out', async () => {
    const w = window('outsider');
    const result = await agentSession(w.identity).signIn();
    expect(result).toMatchObject({ ok: false, error: { code: 'window_closed', service: 'gateway' } });
    expect(w.pages[0]).toContain('44123456700010');
    expect(await agentAccessItem.getValue()).toBeNull();
    expect(await loadDpopKey()).toBeUndefined();
  });

  it('cannot use a refresh token without its key', async () => {
    const session = agentSession(window('ccas-agent').identity);
    expect((await session.signIn()).ok).toBe(true);
    const refresh = (await agentRefreshItem.getValue())!;
    // Another browser's key (or none) with the stolen refresh token: refused, session over.
    await deleteDpopKey();
    const { createDpopKey } = await import('./dpop-key');
    await createDpopKey();
    clock += 10 * 60_000;
    expect(await session.accessToken()).toMatchObject({ ok: false, error: { code: 'signed_out' } });
    expect(await agentRefreshItem.getValue()).toBeNull();
    expect(refresh.refreshToken.length).toBeGreaterThan(20);
  });

  it('shows a refusal page for the two-factor rule', async () => {
    const w = window('ccas-no2fa');
    const result = await agentSession(w.identity).signIn();
    expect(result).toMatchObject({ ok: false, error: { code: 'window_closed' } });
    expect(w.pages[0]).toContain('exige une authentification à deux facteurs');
  });
});
