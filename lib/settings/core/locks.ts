import { CONNECTION_KEYS } from './connection-keys';
import type { SettingKey, SettingSource } from './settings';

/**
 * Which settings an agent may not change, without zod, so any UI page can tell.
 *
 * Connection keys say where the extension connects (the environment, the gateway, the local
 * simulator). When the policy sets any of them, the agent's own stored values for all of them
 * are ignored: an agent's session and checks must never go to an address other than the one
 * the organisation chose.
 */

export function isConnectionKey(key: string): boolean {
  return (CONNECTION_KEYS as readonly string[]).includes(key);
}

/** Keys set by policy, plus every connection key when the policy sets one of them. */
export function lockedKeys(
  keys: readonly SettingKey[],
  isSetByPolicy: (key: SettingKey) => boolean,
): SettingKey[] {
  const connectionLocked = CONNECTION_KEYS.some(isSetByPolicy);
  return keys.filter((key) => isSetByPolicy(key) || (connectionLocked && isConnectionKey(key)));
}

/** The locked keys, read from a resolution's (or a settings view's) sources. */
export function lockedFromSources(sources: Record<SettingKey, SettingSource>): SettingKey[] {
  return lockedKeys(Object.keys(sources) as SettingKey[], (key) => sources[key] === 'policy');
}
