import { loadSettings, updateUserSettings } from '../../config/settings-store';
import { toSettingsView } from '../../config/settings-view';
import { ok } from '../../errors/app-error';
import type { ProtocolHandlers } from '../../messaging/serve';

/** Handlers of the settings messages: the view never carries a secret value. */
export function createSettingsHandlers(): Pick<ProtocolHandlers, 'getSettingsView' | 'saveUserSettings'> {
  return {
    getSettingsView: async () => ok(toSettingsView(await loadSettings())),
    saveUserSettings: async (change) => {
      const result = await updateUserSettings(change);
      return result.ok ? ok(toSettingsView(result.value)) : result;
    },
  };
}
