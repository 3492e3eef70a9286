import { resolveEndpoints, type Endpoints } from '../../lib/settings/core/endpoints';
import { customOriginPatterns } from '../../lib/settings/host-access';
import { lockedFromSources } from '../../lib/settings/core/locks';
import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  settingSchemas,
  type ResolvedSettings,
  type SettingKey,
} from '../../lib/settings/core/settings';
import { ENDPOINT_URL_KEYS } from '../../lib/settings/core/connection-keys';
import type { SettingsView } from '../../lib/platform/messaging/protocol';

/**
 * The options form as pure data: the draft the agent edits, the change sent to the
 * background (only the keys that differ), and validation with the model's own schemas.
 */

/** Multi-choice keys are edited as lists; every other key as text (motifs: one per line). */
export const LIST_KEYS = ['verificationModes', 'statusFields', 'departements'] as const;
type ListKey = (typeof LIST_KEYS)[number];

export type Draft = Record<SettingKey, string | string[]>;

export interface FormState {
  draft: Draft;
}
const isListKey = (key: SettingKey): key is ListKey => (LIST_KEYS as readonly SettingKey[]).includes(key);

/** The form's starting point: saved values; endpoint overrides empty when the preset applies. */
export function draftFromView(view: SettingsView): Draft {
  const draft = {} as Draft;
  for (const key of SETTING_KEYS) {
    const value = view.values[key];
    if (isListKey(key)) draft[key] = Array.isArray(value) ? value.map(String) : [];
    else if (key === 'motifs') draft[key] = Array.isArray(value) ? value.join('\n') : '';
    else draft[key] = value === undefined || value === null ? '' : String(value);
  }
  return draft;
}

export const listValue = (draft: Draft, key: SettingKey): string[] => {
  const value = draft[key];
  return Array.isArray(value) ? value : [];
};

export const textValue = (draft: Draft, key: SettingKey): string => {
  const value = draft[key];
  return typeof value === 'string' ? value : '';
};

const sameValue = (a: string | string[], b: string | string[]) => JSON.stringify(a) === JSON.stringify(b);

/** The text of a field as the model reads it (motifs: the non-empty lines). */
function inputOf(key: SettingKey, value: string | string[]): unknown {
  if (key === 'motifs' && typeof value === 'string') {
    return value
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  }
  return value;
}

export interface SettingsChange {
  values: Partial<Record<SettingKey, unknown>>;
  clear: SettingKey[];
}

/**
 * What to send: each unlocked key whose draft differs from the saved value; a blank text
 * field means "back to the default" (an empty territory, by contrast, means all of France).
 */
export function buildChange(view: SettingsView, form: FormState): SettingsChange {
  const locked = lockedFromSources(view.sources);
  const initial = draftFromView(view);
  const change: SettingsChange = { values: {}, clear: [] };
  for (const key of SETTING_KEYS) {
    if (locked.includes(key)) continue;
    const value = form.draft[key];
    if (sameValue(value, initial[key])) continue;
    // An emptied text field goes back to the default; an emptied list is a value (to check).
    if (typeof value === 'string' && value.trim() === '') change.clear.push(key);
    else change.values[key] = inputOf(key, value);
  }
  return change;
}

export const isEmptyChange = (change: SettingsChange) =>
  Object.keys(change.values).length === 0 && change.clear.length === 0;

/** Keys of the change whose value the model refuses, in form order. */
export function invalidKeys(change: SettingsChange): SettingKey[] {
  return SETTING_KEYS.filter(
    (key) => key in change.values && !settingSchemas[key].safeParse(change.values[key]).success,
  );
}

/**
 * The endpoints an environment would use with the given overrides: the page shows the
 * preset values as hints and asks host access for custom ones.
 */
export function endpointsFor(values: SettingsView['values']): Endpoints {
  const settings = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  for (const [key, value] of Object.entries(values)) {
    const parsed = settingSchemas[key as SettingKey]?.safeParse(value);
    if (parsed?.success) settings[key] = parsed.data;
  }
  return resolveEndpoints(settings as ResolvedSettings);
}

const ENDPOINT_KEYS = ['simulatorUrl', ...ENDPOINT_URL_KEYS] as const satisfies readonly SettingKey[];

/** Host patterns a change needs beyond the presets (asked before saving). */
export function originsNeededBy(change: SettingsChange): string[] {
  return customOriginPatterns(
    ENDPOINT_KEYS.map((key) => {
      const value = change.values[key];
      return typeof value === 'string' ? value.trim() : undefined;
    }),
  );
}

/** Host patterns the saved settings use beyond the presets. */
export function originsInUse(view: SettingsView): string[] {
  const endpoints = endpointsFor(view.values);
  return customOriginPatterns([
    endpoints.eventsApiUrl,
    endpoints.partnerTokenUrl,
    endpoints.franceConnectIssuer,
    endpoints.statusApiUrl,
    endpoints.apiParticulierUrl,
    endpoints.gatewayUrl,
  ]);
}
