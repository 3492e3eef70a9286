import { getApiAccess } from '../../auth/default-access';
import { loadEndpoints, loadSettings } from '../../config/settings-store';
import { recordCheck } from '../../journal/record';
import type { ProtocolHandlers } from '../../messaging/serve';
import { verifyStatus } from '../../status/verify';

/** Handlers of the status messages. */
export function createStatusHandlers(): Pick<ProtocolHandlers, 'verifyStatus'> {
  return {
    verifyStatus: (request) =>
      verifyStatus(request, {
        access: getApiAccess(),
        settings: async () => (await loadSettings()).settings,
        endpoints: loadEndpoints,
        record: recordCheck,
      }),
  };
}
