import { ok } from '../../core/app-error';
import type { ProtocolHandlers } from '../../platform/messaging/serve';
import type { Backend } from './backend';

/** Handlers of the connection messages. */
export function createConnectionHandlers(
  connection: Backend['connection'],
): Pick<ProtocolHandlers, 'getConnectionState' | 'signOut' | 'testConnection'> {
  return {
    getConnectionState: async () => ok(await connection.state()),
    signOut: async () => ok({ cleared: await connection.signOut() }),
    testConnection: async ({ service }) => ok(await connection.test(service)),
  };
}
