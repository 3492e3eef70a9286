import {
  DEFAULT_SETTINGS,
  settingSchemas,
  type SettingKey,
  type Settings,
} from '../../lib/settings/core/settings';
import type { Environment, StatusField, VerificationMode } from '../../lib/settings/core/constants';
import type { SettingsView } from '../../lib/platform/messaging/protocol';

/** The settings the status and journal views depend on (none of them secret). */
export interface PanelSettings {
  environment: Environment;
  verificationModes: VerificationMode[];
  motifs: string[];
  statusFields: StatusField[];
  resultClearMinutes: number;
  journalRetentionDays: number;
  agentName: string | null;
}

export const DEFAULT_PANEL_SETTINGS: PanelSettings = {
  environment: DEFAULT_SETTINGS.environment,
  verificationModes: DEFAULT_SETTINGS.verificationModes,
  motifs: DEFAULT_SETTINGS.motifs,
  statusFields: DEFAULT_SETTINGS.statusFields,
  resultClearMinutes: DEFAULT_SETTINGS.resultClearMinutes,
  journalRetentionDays: DEFAULT_SETTINGS.journalRetentionDays,
  agentName: null,
};

function pick<K extends SettingKey>(
  values: Record<string, unknown>,
  key: K,
  fallback: Settings[K],
): Settings[K] {
  const parsed = settingSchemas[key].safeParse(values[key]);
  return parsed.success ? (parsed.data as Settings[K]) : fallback;
}

/** Reads the settings view at the boundary: each value parsed, defaults where absent or invalid. */
export function panelSettingsFrom(view: SettingsView): PanelSettings {
  const values = view.values as Record<string, unknown>;
  const agent = settingSchemas.agentName.safeParse(values.agentName);
  return {
    environment: pick(values, 'environment', DEFAULT_PANEL_SETTINGS.environment),
    verificationModes: pick(values, 'verificationModes', DEFAULT_PANEL_SETTINGS.verificationModes),
    motifs: pick(values, 'motifs', DEFAULT_PANEL_SETTINGS.motifs),
    statusFields: pick(
      values,
      'statusFields',
      settingSchemas.statusFields.safeParse(view.statusFields).data ?? DEFAULT_PANEL_SETTINGS.statusFields,
    ),
    resultClearMinutes: pick(values, 'resultClearMinutes', DEFAULT_PANEL_SETTINGS.resultClearMinutes),
    journalRetentionDays: pick(values, 'journalRetentionDays', DEFAULT_PANEL_SETTINGS.journalRetentionDays),
    agentName: agent.success ? agent.data : null,
  };
}
