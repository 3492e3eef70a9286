// @vitest-environment node
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { expectRedirect, TestBrowser } from '../../gateway/test/browser';
import { createTestDatabase, type TestDatabase } from '../../gateway/test/databases';
import {
  EXTENSION_ORIGINS,
  EXTENSION_REDIRECT,
  pickAgent,
  startTestGateway,
  startTestSimulator,
  type TestGateway,
} from '../../gateway/test/harness';
import { simulatorUpstreams } from '../../gateway/src/part2/upstreams';
import type { RunningSimulator } from '../../simulator/server';
import type { IdentityAdapter } from '../platform/auth/identity-adapter';
import { agentAccessItem } from '../platform/storage/items';
import { deleteDpopKey } from './dpop-key';
import { clearGatewayDiscoveryCache } from './gateway-oauth';
import { createGatewayRequester } from './gateway-request';
import { createAgentSession } from './session';

/**
 * The request helper against the REAL gateway (PGlite) and the simulator: DPoP-bound calls,
 * the refresh after a refused token, and the gateway's own problem documents.
 */
let simulator: RunningSimulator;
let database: TestDatabase;
let gateway: TestGateway;

beforeAll(async () => {
  simulator = await startTestSimulator();
  database = await createTestDatabase('pglite');
  gateway = await startTestGateway({
    simulator,
    database,
    edit: (document) => {
      document.upstreams = simulatorUpstreams(simulator.url);
    },
  });
}, 120_000);
afterAll(async () => {
  await gateway?.close();
  await database?.drop();
  await simulator?.close();
});
beforeEach(async () => {
  fakeBrowser.reset();
  clearGatewayDiscoveryCache();
  await deleteDpopKey();
});

function identity(agentKey: string): IdentityAdapter {
  const browser = new TestBrowser(EXTENSION_ORIGINS);
  return {
    getRedirectURL: () => EXTENSION_REDIRECT,
    launchWebAuthFlow: async ({ url }) => {
      const first = await browser.visit(url);
      if (first.kind === 'redirected') return first.to.href;
      return expectRedirect(await pickAgent(browser, first, agentKey)).href;
    },
  };
}

async function signedIn(agentKey: string) {
  const session = createAgentSession({ identity: identity(agentKey), gatewayUrl: async () => gateway.url });
  expect((await session.signIn()).ok).toBe(true);
  return { session, requester: createGatewayRequester(session) };
}

const settingsShape = z.object({ role: z.string(), motifs: z.array(z.string()) });

describe('gateway requests against the real gateway', { timeout: 60_000 }, () => {
  it('reads the organisation’s settings with a DPoP-bound token', async () => {
    const { requester } = await signedIn('riom-agent');
    const settings = await requester.json({ path: '/settings' }, settingsShape);
    expect(settings).toMatchObject({ ok: true, value: { role: 'agent' } });
    expect(settings.ok && settings.value.motifs).toContain('Accompagnement vers l’emploi');
  });

  it('refreshes once and retries when the gateway no longer knows the access token', async () => {
    const { requester } = await signedIn('riom-agent');
    const access = (await agentAccessItem.getValue())!;
    // A token the gateway never issued (as after a revocation of the access token only).
    await agentAccessItem.setValue({ ...access, accessToken: `${access.accessToken.slice(0, -4)}AAAA` });
    const settings = await requester.json({ path: '/settings' }, settingsShape);
    expect(settings.ok).toBe(true);
    expect((await agentAccessItem.getValue())!.accessToken).not.toBe(access.accessToken);
  });

  it('turns the gateway’s refusals into their own codes', async () => {
    const { requester } = await signedIn('riom-agent');
    expect(await requester.send({ path: '/journal' })).toMatchObject({
      ok: false,
      error: { code: 'role_required', status: 403, providerCode: 'role-required' },
    });
    expect(
      await requester.send({
        method: 'POST',
        path: '/checks/identifier',
        body: { identifiant: '1234567A', motif: 'Curiosité', caseReference: 'AS-2026-1' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'motif_refused', status: 422 } });
  });

  it('asks to sign in again after signing out', async () => {
    const { session, requester } = await signedIn('ccas-agent');
    await session.signOut();
    expect(await requester.send({ path: '/settings' })).toMatchObject({
      ok: false,
      error: { code: 'signed_out' },
    });
  });
});
