import { browser } from 'wxt/browser';
import { fail, ok, type Result } from '../core/app-error';
import { userSettingsItem } from '../platform/storage/items';
import { resolveEndpoints, type Endpoints } from './core/endpoints';
import {
  AGENT_KEYS,
  RETIRED_KEY_NAMES,
  isBlank,
  resolveSettings,
  settingSchemas,
  type SettingKey,
  type SettingsResolution,
} from './core/settings';

/**
 * Reads the enterprise policy (managed storage). Chrome answers `{}` without a policy;
 * Firefox rejects when no policies.json entry exists: both mean "no policy".
 */
export async function readPolicy(): Promise<Record<string, unknown>> {
  try {
    const policy = await browser.storage.managed.get();
    return policy && typeof policy === 'object' ? policy : {};
  } catch {
    return {};
  }
}

/** The effective settings: policy > the agent's options > defaults, validated key by key. */
export async function loadSettings(): Promise<SettingsResolution> {
  const [policy, user] = await Promise.all([readPolicy(), userSettingsItem.getValue()]);
  return resolveSettings({ policy, user });
}

/** The endpoints and credentials the background uses now. */
export async function loadEndpoints(): Promise<Endpoints> {
  return resolveEndpoints((await loadSettings()).settings);
}

export interface UserSettingsChange {
  /** New values; a blank string means "back to the default", like `clear`. */
  values: Partial<Record<SettingKey, unknown>>;
  clear?: SettingKey[];
}

/**
 * Validates and stores the agent's own settings (storage.local): AGENT_KEYS only. All or
 * nothing: a key that is not the agent's, or fixed by policy, refuses the whole change
 * (`forbidden`), so does any invalid value
 * (`invalid_request`, naming the keys, never the values: they may be secrets).
 */
export async function updateUserSettings(change: UserSettingsChange): Promise<Result<SettingsResolution>> {
  const current = await loadSettings();
  const entries = Object.entries(change.values) as [SettingKey, unknown][];
  const touched = [...entries.map(([key]) => key), ...(change.clear ?? [])];

  const notOwn = touched.filter((key) => !(AGENT_KEYS as readonly string[]).includes(key));
  if (notOwn.length > 0) {
    return fail({ code: 'forbidden', detail: `Not the agent's own settings: ${notOwn.join(', ')}` });
  }
  const refused = touched.filter((key) => current.locked.includes(key));
  if (refused.length > 0) {
    return fail({ code: 'forbidden', detail: `Set by the organisation's policy: ${refused.join(', ')}` });
  }

  const parsed: Partial<Record<SettingKey, unknown>> = {};
  const cleared = new Set<SettingKey>(change.clear ?? []);
  const invalid: SettingKey[] = [];
  for (const [key, value] of entries) {
    if (isBlank(value)) {
      cleared.add(key);
      continue;
    }
    const result = settingSchemas[key].safeParse(value);
    if (result.success) parsed[key] = result.data;
    else invalid.push(key);
  }
  if (invalid.length > 0) {
    return fail({ code: 'invalid_request', detail: `Invalid values for: ${invalid.join(', ')}` });
  }

  const next = { ...(await userSettingsItem.getValue()), ...parsed };
  for (const key of cleared) delete next[key];
  await userSettingsItem.setValue(next);
  return ok(await loadSettings());
}

/**
 * Older versions kept upstream secrets, addresses and client ids typed on the options page in
 * storage.local: they are erased at start (the gateway holds them now; the direct mode uses
 * the simulator's demo values). Returns the keys removed.
 */
export async function purgeRetiredKeys(): Promise<string[]> {
  const stored: Record<string, unknown> = { ...(await userSettingsItem.getValue()) };
  const found = RETIRED_KEY_NAMES.filter((key) => key in stored);
  if (found.length === 0) return [];
  for (const key of found) delete stored[key];
  await userSettingsItem.setValue(stored);
  return [...found];
}
