import {
  SETTING_KEYS,
  type Language,
  type SettingKey,
  type SettingSource,
  type SettingsResolution,
  type SettingWarning,
  type StatusField,
} from './core/settings';

/** Settings as a UI page may see them (the extension holds no upstream secret any more). */
export interface SettingsView {
  values: Partial<Record<SettingKey, unknown>>;
  sources: Record<SettingKey, SettingSource>;
  warnings: SettingWarning[];
  language: Language;
  statusFields: StatusField[];
}

/** What a UI page may see of the settings: every effective value, its source, the warnings. */
export function toSettingsView(resolution: SettingsResolution): SettingsView {
  const { settings, sources, warnings } = resolution;
  const values: SettingsView['values'] = {};
  for (const key of SETTING_KEYS) {
    const value = settings[key];
    if (value !== undefined) values[key] = value;
  }
  return {
    values,
    sources,
    warnings: warnings.map(({ key, source, reason }) => ({ key, source, reason })),
    language: settings.language,
    statusFields: settings.statusFields,
  };
}
