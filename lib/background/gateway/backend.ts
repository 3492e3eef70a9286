import { createGatewayRequester } from '../../agent-session/gateway-request';
import type { AgentSession } from '../../agent-session/session';
import { createGatewayJournal } from '../../journal/gateway-journal';
import { browserIdentity, type IdentityAdapter } from '../../platform/auth/identity-adapter';
import type { ConnectionService, ConnectionTestReport, ServiceName } from '../../settings/connection';
import { loadSettings } from '../../settings/settings-store';
import type { Backend } from '../handlers/backend';
import { createGatewayEventsSource } from './events-source';
import {
  cachedOrganisationSettings,
  fetchOrganisationSettings,
  withOrganisation,
} from './organisation-settings';
import { createGatewayStatusChecks } from './status-checks';
import { ok, type Result } from '../../core/app-error';
import type { OrganisationView } from '../../settings/organisation-view';

/**
 * The "gateway" backend (production and sandbox): the extension talks only to its
 * organisation's gateway, as the signed-in agent (DPoP-bound tokens, lib/agent-session). No
 * upstream secret or token is ever in the browser: the gateway holds them, journals the checks
 * and keeps the events' shared copy.
 */
export interface GatewayBackendDeps {
  session: AgentSession;
  /** Undefined when no gateway is configured: every call then answers `not_configured`. */
  gatewayUrl: string | undefined;
  identity?: IdentityAdapter;
  now?: () => number;
}

export function createGatewayBackend(deps: GatewayBackendDeps): Backend {
  const gateway = (deps.gatewayUrl ?? '').replace(/\/+$/, '');
  const requester = createGatewayRequester(deps.session);
  const identity = deps.identity ?? browserIdentity;
  const now = deps.now ?? Date.now;

  async function settings() {
    const local = await loadSettings();
    const state = await deps.session.state();
    const signedIn = state.ok && state.value.status === 'signed_in';
    // Signed out: the last rules of this gateway (or the local ones) still paint the pages.
    const organisation = signedIn ? await fetchOrganisationSettings(requester, gateway, now()) : undefined;
    const known = organisation?.ok ? organisation.value : await cachedOrganisationSettings(gateway);
    return withOrganisation(local, known, state.ok ? state.value : undefined);
  }

  /** The organisation's settings for the options page: asked of the gateway (5 min cache). */
  async function organisation(): Promise<Result<OrganisationView>> {
    if (!gateway) return ok({ source: 'gateway', status: 'not_configured' });
    const state = await deps.session.state();
    if (!state.ok) return state;
    if (state.value.status === 'not_configured') return ok({ source: 'gateway', status: 'not_configured' });
    const signedOut: OrganisationView = { source: 'gateway', status: 'signed_out', gatewayUrl: gateway };
    if (state.value.status !== 'signed_in') return ok(signedOut);
    const answer = await fetchOrganisationSettings(requester, gateway, now());
    if (!answer.ok) return answer.error.code === 'signed_out' ? ok(signedOut) : answer;
    return ok({ source: 'gateway', status: 'loaded', gatewayUrl: gateway, settings: answer.value });
  }

  const connection: ConnectionService = {
    state: async () => {
      const resolved = await settings();
      const modes = resolved.verificationModes;
      return {
        environment: resolved.environment,
        configured: {
          events: true,
          franceconnect: modes.includes('franceconnect'),
          'api-particulier': modes.includes('identifiant'),
        },
        // The partner token is the gateway's: never in this browser.
        partnerTokenHeld: false,
      };
    },
    signOut: async () => {
      const out = await deps.session.signOut();
      return out.ok && out.value.revoked ? 1 : 0;
    },
    test: async (service: ServiceName): Promise<ConnectionTestReport> => {
      const me = await deps.session.me();
      const steps = [{ step: 'gateway', ok: me.ok, ...(me.ok ? {} : { error: me.error }) }];
      if (me.ok) {
        const org = await fetchOrganisationSettings(requester, gateway, now(), { force: true });
        steps.push({ step: 'organisation', ok: org.ok, ...(org.ok ? {} : { error: org.error }) });
      }
      return { service, steps };
    },
  };

  return {
    settings,
    organisation,
    events: () => createGatewayEventsSource(requester, gateway),
    status: (resolved) => createGatewayStatusChecks({ requester, identity }, resolved),
    journal: createGatewayJournal(requester),
    connection,
  };
}
