import type { SettingsView } from '../platform/messaging/protocol';
import { SECRET_KEYS, SETTING_KEYS, type SettingKey, type SettingsResolution } from './core/settings';

const isSecret = (key: SettingKey) => (SECRET_KEYS as readonly SettingKey[]).includes(key);

/**
 * What a UI page may see of the settings: every effective value except secrets, which are
 * replaced by whether they are set (by the policy or the agent; the simulator's public demo
 * credentials count as not set).
 */
export function toSettingsView(resolution: SettingsResolution): SettingsView {
  const { settings, sources, warnings } = resolution;
  const values: SettingsView['values'] = {};
  const secretsSet: SettingsView['secretsSet'] = {};
  for (const key of SETTING_KEYS) {
    const value = settings[key];
    if (isSecret(key)) secretsSet[key] = value !== undefined;
    else if (value !== undefined) values[key] = value;
  }
  return {
    values,
    secretsSet,
    sources,
    warnings: warnings.map(({ key, source, reason }) => ({ key, source, reason })),
    language: settings.language,
    statusFields: settings.statusFields,
  };
}
