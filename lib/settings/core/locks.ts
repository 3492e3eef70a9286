import type { SettingKey, SettingSource } from './settings';

/**
 * Which settings an agent may not change, without zod, so any UI page can tell.
 *
 * Connection keys say where the extension connects and with which credentials. When the
 * policy sets any of them, the agent's own values for all of them are ignored: the
 * organisation's secrets must never be sent to an address an agent typed, nor its
 * endpoints used with an agent's credentials.
 */
export const CONNECTION_KEYS = [
  'environment',
  'simulatorUrl',
  'eventsApiUrl',
  'partnerTokenUrl',
  'franceConnectIssuer',
  'statusApiUrl',
  'apiParticulierUrl',
  'gatewayUrl',
  'partnerClientId',
  'partnerClientSecret',
  'franceConnectClientId',
  'franceConnectClientSecret',
  'apiParticulierToken',
  'recipientSiret',
] as const satisfies readonly SettingKey[];

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
