import { getPinnedApiAccess } from '../default-access';
import { resolveEndpoints } from '../../settings/core/endpoints';
import { loadSettings } from '../../settings/settings-store';
import { recordCheck } from '../../journal/record';
import type { ProtocolHandlers } from '../../platform/messaging/serve';
import { verifyStatus } from '../../status/verify';

/** Handlers of the status messages. */
export function createStatusHandlers(): Pick<ProtocolHandlers, 'verifyStatus'> {
  return {
    // One read of the settings per check: its rules (modes, fields, SIRET) and the service it
    // calls come from the same settings, even if they change while the person signs in.
    verifyStatus: async (request) => {
      const { settings } = await loadSettings();
      const endpoints = resolveEndpoints(settings);
      return verifyStatus(request, {
        access: getPinnedApiAccess(endpoints),
        settings: async () => settings,
        endpoints: async () => endpoints,
        record: recordCheck,
      });
    },
  };
}
