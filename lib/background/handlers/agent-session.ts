import { createAgentSession, type AgentSession } from '../../agent-session/session';
import { browserIdentity } from '../../platform/auth/identity-adapter';
import type { ProtocolHandlers } from '../../platform/messaging/serve';
import { loadEndpoints } from '../../settings/settings-store';

let session: AgentSession | null = null;

/** The background's one agent session: one refresh in flight, shared by every caller. */
export function getAgentSession(): AgentSession {
  session ??= createAgentSession({
    identity: browserIdentity,
    gatewayUrl: async () => (await loadEndpoints()).gatewayUrl,
  });
  return session;
}

/** Handlers of the agent's sign-in messages. */
export function createAgentSessionHandlers(): Pick<
  ProtocolHandlers,
  'getAgentSession' | 'agentSignIn' | 'agentSignOut'
> {
  return {
    getAgentSession: () => getAgentSession().state(),
    agentSignIn: () => getAgentSession().signIn(),
    agentSignOut: () => getAgentSession().signOut(),
  };
}
