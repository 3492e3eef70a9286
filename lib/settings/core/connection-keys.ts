import type { SettingKey } from './settings';

/**
 * The connection settings, the one list: which environment, and where the extension connects
 * (the local simulator in direct mode, the organisation's gateway otherwise). The policy locks
 * them together (./locks.ts). The upstream services' addresses and client ids are not settings
 * any more: the gateway holds them, and the direct mode uses the simulator's demo values only.
 */
export const ENDPOINT_URL_KEYS = ['gatewayUrl'] as const satisfies readonly SettingKey[];

/** With the two keys that choose the backend (the environment and the simulator's address). */
export const CONNECTION_KEYS = [
  'environment',
  'simulatorUrl',
  ...ENDPOINT_URL_KEYS,
] as const satisfies readonly SettingKey[];
