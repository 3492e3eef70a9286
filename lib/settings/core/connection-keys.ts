import type { SettingKey } from './settings';

/**
 * The connection settings, the one list: where each service lives and with which credentials.
 * The policy locks them together (./locks.ts), the presets let each be overridden
 * (./endpoints.ts), they have no default, and the options page checks and asks host access for
 * the URLs among them.
 */
export const ENDPOINT_URL_KEYS = [
  'eventsApiUrl',
  'partnerTokenUrl',
  'franceConnectIssuer',
  'statusApiUrl',
  'apiParticulierUrl',
  'gatewayUrl',
] as const satisfies readonly SettingKey[];

export const CREDENTIAL_KEYS = [
  'partnerClientId',
  'franceConnectClientId',
  'recipientSiret',
] as const satisfies readonly SettingKey[];

/** With the two keys that choose the preset (the environment and the simulator's address). */
export const CONNECTION_KEYS = [
  'environment',
  'simulatorUrl',
  ...ENDPOINT_URL_KEYS,
  ...CREDENTIAL_KEYS,
] as const satisfies readonly SettingKey[];
