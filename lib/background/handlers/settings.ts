import { loadSettings, updateUserSettings } from '../../settings/settings-store';
import { toSettingsView } from '../../settings/settings-view';
import { agentMayChangeTerritory, type OrganisationView } from '../../settings/organisation-view';
import { fail, ok, type Result } from '../../core/app-error';
import type { ProtocolHandlers } from '../../platform/messaging/serve';

type SettingsHandlers = Pick<
  ProtocolHandlers,
  'getSettingsView' | 'saveUserSettings' | 'getOrganisationSettings'
>;

/**
 * Handlers of the settings messages: the view never carries a secret value. `organisation`
 * is the backend's (the gateway's settings for the signed-in agent, or direct mode's own).
 */
export function createSettingsHandlers(
  organisation: () => Promise<Result<OrganisationView>> = async () =>
    fail({ code: 'not_configured', detail: 'No backend' }),
): SettingsHandlers {
  return {
    getSettingsView: async () => ok(toSettingsView(await loadSettings())),
    getOrganisationSettings: () => organisation(),
    saveUserSettings: async (change) => {
      const touchesTerritory = 'departements' in change.values || change.clear?.includes('departements');
      if (touchesTerritory) {
        const known = await organisation();
        if (known.ok && !agentMayChangeTerritory(known.value)) {
          return fail({ code: 'forbidden', detail: 'The organisation sets the territory: departements' });
        }
      }
      const result = await updateUserSettings(change);
      return result.ok ? ok(toSettingsView(result.value)) : result;
    },
  };
}
