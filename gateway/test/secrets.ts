/**
 * Environment for test configurations: fresh keys per call, and the demo's public values for
 * the simulator's upstream credentials.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';

export function signingKeyJwk(): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return JSON.stringify(privateKey.export({ format: 'jwk' }));
}

export function testEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PROCONNECT_CLIENT_SECRET: 'simulateur-proconnect',
    GATEWAY_SIGNING_KEY: signingKeyJwk(),
    GATEWAY_COOKIE_KEYS: randomBytes(32).toString('base64url'),
    FRANCE_TRAVAIL_CLIENT_SECRET: 'simulateur',
    FRANCECONNECT_CLIENT_SECRET: 'simulateur-passerelle-fc',
    RIOM_API_PARTICULIER_TOKEN: 'simulateur-api-particulier',
    CCAS_API_PARTICULIER_TOKEN: 'simulateur-api-particulier',
    ...extra,
  };
}
