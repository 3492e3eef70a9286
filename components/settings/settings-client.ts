import { browser } from 'wxt/browser';
import type { HostPermissions } from '../../lib/settings/host-access';
import type { SettingKey } from '../../lib/settings/core/settings';
import type { Result } from '../../lib/core/app-error';
import { sendMessage } from '../../lib/platform/messaging/messenger';
import type {
  ConnectionTestReport,
  OrganisationView,
  ServiceName,
  SettingsView,
} from '../../lib/platform/messaging/protocol';

/** What the options page asks of the background and the browser: a seam for component tests. */
export interface SettingsClient extends HostPermissions {
  getSettingsView(): Promise<Result<SettingsView>>;
  getOrganisationSettings(): Promise<Result<OrganisationView>>;
  saveUserSettings(change: {
    values: Partial<Record<SettingKey, unknown>>;
    clear?: SettingKey[];
  }): Promise<Result<SettingsView>>;
  testConnection(service: ServiceName): Promise<Result<ConnectionTestReport>>;
}

export const messagingSettingsClient: SettingsClient = {
  getSettingsView: () => sendMessage('getSettingsView', undefined),
  getOrganisationSettings: () => sendMessage('getOrganisationSettings', undefined),
  saveUserSettings: (change) => sendMessage('saveUserSettings', change),
  testConnection: (service) => sendMessage('testConnection', { service }),
  contains: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  request: (patterns) => browser.permissions.request({ origins: patterns }),
};
