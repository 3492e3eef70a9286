import { getApiAccess } from '../default-access';
import { connectionState } from '../../settings/connection-state';
import { testConnection } from '../../settings/connection-test';
import { loadEndpoints } from '../../settings/settings-store';
import { ok } from '../../core/app-error';
import type { ProtocolHandlers } from '../../platform/messaging/serve';

/** Handlers of the connection messages. */
export function createConnectionHandlers(): Pick<
  ProtocolHandlers,
  'getConnectionState' | 'signOut' | 'testConnection'
> {
  return {
    getConnectionState: async () => ok(await connectionState(await loadEndpoints())),
    signOut: async () => ok({ cleared: await getApiAccess().forgetTokens() }),
    testConnection: async ({ service }) =>
      ok(await testConnection(service, getApiAccess(), await loadEndpoints())),
  };
}
