/** Hand-made DPoP proofs, for the tests that need one exactly (replays, wrong keys, wrong URLs). */
import { createHash, randomUUID } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';

export async function dpopProof(
  keyPair: CryptoKeyPair,
  claims: { htm: string; htu: string; accessToken?: string; jti?: string; iat?: number },
): Promise<string> {
  const jwk = await exportJWK(keyPair.publicKey);
  return new SignJWT({
    htm: claims.htm,
    htu: claims.htu,
    jti: claims.jti ?? randomUUID(),
    iat: claims.iat ?? Math.floor(Date.now() / 1000),
    ...(claims.accessToken
      ? { ath: createHash('sha256').update(claims.accessToken).digest('base64url') }
      : {}),
  })
    .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk })
    .sign(keyPair.privateKey);
}

export function otherKeyPair(): Promise<CryptoKeyPair> {
  return generateKeyPair('ES256') as Promise<CryptoKeyPair>;
}
