import { compactDecrypt, decodeProtectedHeader, exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { isUsableKey, oneTimeKeySchema, sealResult } from './seal';

async function oneTimeKey() {
  const pair = await generateKeyPair('ECDH-ES', { crv: 'P-256', extractable: true });
  const jwk = oneTimeKeySchema.parse(await exportJWK(pair.publicKey));
  return { jwk, privateKey: pair.privateKey };
}

describe('sealed FranceConnect results', () => {
  it('encrypts to the one-time key: only its private key reads it back', async () => {
    const { jwk, privateKey } = await oneTimeKey();
    const other = await oneTimeKey();
    const sealed = await sealResult(jwk, { registration: { registeredNow: true } });
    expect(decodeProtectedHeader(sealed)).toMatchObject({ alg: 'ECDH-ES', enc: 'A256GCM' });
    expect(sealed).not.toContain('registeredNow');
    const { plaintext } = await compactDecrypt(sealed, privateKey);
    expect(JSON.parse(new TextDecoder().decode(plaintext))).toEqual({
      registration: { registeredNow: true },
    });
    await expect(compactDecrypt(sealed, other.privateKey)).rejects.toThrow();
  });

  it('refuses a private key and a point off the curve', async () => {
    const pair = await generateKeyPair('ECDH-ES', { crv: 'P-256', extractable: true });
    expect(oneTimeKeySchema.safeParse(await exportJWK(pair.privateKey)).success).toBe(false);
    const { jwk } = await oneTimeKey();
    expect(await isUsableKey(jwk)).toBe(true);
    expect(await isUsableKey({ ...jwk, y: jwk.x })).toBe(false);
  });
});
