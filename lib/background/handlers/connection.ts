import type { ProtocolHandlers } from '../../messaging/serve';
import { notBuilt } from './not-built';

/** Handlers of the connection messages. */
export function createConnectionHandlers(): Pick<
  ProtocolHandlers,
  'getConnectionState' | 'signOut' | 'testConnection'
> {
  return {
    getConnectionState: notBuilt('getConnectionState'),
    signOut: notBuilt('signOut'),
    testConnection: notBuilt('testConnection'),
  };
}
