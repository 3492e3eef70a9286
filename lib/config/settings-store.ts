import { browser } from 'wxt/browser';
import { userSettingsItem } from '../storage/items';
import { resolveEndpoints, type Endpoints } from './endpoints';
import { resolveSettings, type SettingsResolution } from './settings';

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
