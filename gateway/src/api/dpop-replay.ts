/**
 * The API's DPoP replay cache, in the database so that a proof used on one process is refused
 * on every other: a proof's jti (hashed with the key's thumbprint) is accepted once.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../db/open';

export function proofId(thumbprint: string, jti: string): string {
  return createHash('sha256').update(`${thumbprint}\u0000${jti}`).digest('base64url');
}

/** True the first time this proof is seen; false for a replay. */
export async function rememberProof(db: Database, id: string, expiresAt: Date): Promise<boolean> {
  const inserted = await db
    .insertInto('dpop_proofs')
    .values({ jti_hash: id, expires_at: expiresAt })
    .onConflict((oc) => oc.column('jti_hash').doNothing())
    .returning('jti_hash')
    .executeTakeFirst();
  return inserted !== undefined;
}
