/**
 * Removes expired rows (artefacts, replay ids, abandoned handshakes). Every process runs it
 * now and then; it is idempotent, so several processes running it together is harmless.
 */
import { sql } from 'kysely';
import type { Database } from './open';

export async function purgeExpired(db: Database): Promise<void> {
  const now = sql<Date>`now()`;
  await db.deleteFrom('oidc_payloads').where('expires_at', '<', now).execute();
  await db.deleteFrom('dpop_proofs').where('expires_at', '<', now).execute();
  await db.deleteFrom('proconnect_logins').where('expires_at', '<', now).execute();
  await db.deleteFrom('sign_outs').where('expires_at', '<', now).execute();
  await db.deleteFrom('proconnect_sessions').where('ends_at', '<', now).execute();
}

/** Runs purgeExpired every `everyMs` (not keeping the process alive); returns the stopper. */
export function schedulePurge(db: Database, everyMs: number, onError: (error: unknown) => void): () => void {
  const timer = setInterval(() => {
    purgeExpired(db).catch(onError);
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
