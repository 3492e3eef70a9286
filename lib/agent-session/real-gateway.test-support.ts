/**
 * For the extension's modules tested against the REAL gateway (PGlite) and the simulator: one
 * gateway per test file, a fresh browser state before each test, and an agent signed in through
 * the real flow (the simulated ProConnect's picker, PKCE, DPoP) by the extension's own session.
 * Test files using it run in the node environment with fake-indexeddb (the DPoP key's store).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { deleteDpopKey } from './dpop-key';
import { clearGatewayDiscoveryCache } from './gateway-oauth';
import { createAgentSession, type AgentSession } from './session';
import type { IdentityAdapter } from '../platform/auth/identity-adapter';
import type { RunningSimulator } from '../../simulator/server';
import { simulatorUpstreams } from '../../gateway/src/part2/upstreams';
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

export interface RealGateway<S extends RunningSimulator> {
  readonly simulator: S;
  readonly gateway: TestGateway;
}

/** Registers the file's hooks: simulator, database and gateway started once, state reset per test. */
export function useRealGateway<S extends RunningSimulator = RunningSimulator>(
  startSimulator: () => Promise<S> = startTestSimulator as () => Promise<S>,
): RealGateway<S> {
  let simulator: S | undefined;
  let database: TestDatabase | undefined;
  let gateway: TestGateway | undefined;
  beforeAll(async () => {
    simulator = await startSimulator();
    database = await createTestDatabase('pglite');
    const upstreamsOf = simulator.url;
    gateway = await startTestGateway({
      simulator,
      database,
      edit: (document) => {
        document.upstreams = simulatorUpstreams(upstreamsOf);
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
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started (used outside a test?)`);
    return value;
  };
  return {
    get simulator() {
      return started(simulator, 'the simulator');
    },
    get gateway() {
      return started(gateway, 'the gateway');
    },
  };
}

/** launchWebAuthFlow as the agent answers it: the simulated ProConnect's picker, this agent. */
export function agentIdentity(agentKey: string): IdentityAdapter {
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

/** The extension's agent session, signed in (asserted) with `identity` at `gateway`. */
export async function signedInSession(
  gateway: TestGateway,
  identity: IdentityAdapter,
): Promise<AgentSession> {
  const session = createAgentSession({ identity, gatewayUrl: async () => gateway.url });
  expect((await session.signIn()).ok).toBe(true);
  return session;
}
