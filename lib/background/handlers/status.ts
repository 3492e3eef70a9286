import type { ProtocolHandlers } from '../../platform/messaging/serve';
import type { Backend } from './backend';

/** Handlers of the status messages. */
export function createStatusHandlers(backend: Backend): Pick<ProtocolHandlers, 'verifyStatus'> {
  return {
    // One read of the settings per check: its rules (modes, fields, SIRET), the service it
    // calls and its journal entry come from the same settings, even if they change while the
    // person signs in.
    verifyStatus: async (request) => backend.status(await backend.settings()).verify(request),
  };
}
