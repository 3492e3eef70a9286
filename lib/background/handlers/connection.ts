import { getApiAccess } from '../../auth/default-access';
import { connectionState } from '../../auth/connection-state';
import { testConnection } from '../../auth/connection-test';
import { loadEndpoints } from '../../config/settings-store';
import { ok } from '../../errors/app-error';
import type { ProtocolHandlers } from '../../messaging/serve';

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
