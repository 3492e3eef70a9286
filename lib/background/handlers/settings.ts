import { loadSettings, updateUserSettings } from '../../settings/settings-store';
import { toSettingsView } from '../../settings/settings-view';
import { ok } from '../../core/app-error';
import type { ProtocolHandlers } from '../../platform/messaging/serve';

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
