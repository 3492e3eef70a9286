/**
 * A FranceConnect check's result never sits readable on the gateway: the callback (on any
 * process) encrypts the minimised result to the one-time public key the extension sent when
 * it started the check (JWE compact, ECDH-ES + A256GCM), and only that ciphertext is stored,
 * for a minute at most, until the extension collects it once.
 */
import { CompactEncrypt, importJWK } from 'jose';
import { z } from 'zod';

export const SEALED_RESULT_TTL_MS = 60_000;

/** A public P-256 key as JWK: a private part (`d`) is refused, never stored. */
export const oneTimeKeySchema = z
  .object({
    kty: z.literal('EC'),
    crv: z.literal('P-256'),
    x: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
    y: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
    alg: z.literal('ECDH-ES').optional(),
    use: z.literal('enc').optional(),
    ext: z.boolean().optional(),
    key_ops: z.array(z.string()).optional(),
  })
  .strict()
  .describe('One-time ECDH P-256 public key (JWK) the result is encrypted to.');
export type OneTimeKey = z.output<typeof oneTimeKeySchema>;

/** Encrypts `payload` (JSON) to the key; throws when the point is not on the curve. */
export async function sealResult(key: OneTimeKey, payload: unknown): Promise<string> {
  const publicKey = await importJWK({ kty: key.kty, crv: key.crv, x: key.x, y: key.y }, 'ECDH-ES');
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'ECDH-ES', enc: 'A256GCM', cty: 'application/json' })
    .encrypt(publicKey);
}

/** Whether a key imports (a valid point): checked when the check starts, not at the callback. */
export async function isUsableKey(key: OneTimeKey): Promise<boolean> {
  try {
    await sealResult(key, null);
    return true;
  } catch {
    return false;
  }
}
