/**
 * oidc-provider's storage in the database (never its in-memory development store): one row
 * per artefact (session, interaction, grant, code, token, DPoP replay id), so that any
 * process of the gateway serves any request.
 *
 * Two operations are made atomic here because oidc-provider reads then writes: consuming a
 * code or refresh token (two processes redeeming the same one at once: only one wins, and
 * the loser revokes the family as a reuse would), and recording a DPoP proof's jti.
 */
import { sql } from 'kysely';
import { errors } from 'oidc-provider';
import type { Database } from '../db/open';

export type AdapterPayload = Record<string, unknown> & {
  grantId?: string;
  uid?: string;
  userCode?: string;
};

/** The adapter contract of oidc-provider 9 (lib/adapters/memory_adapter.js). */
export interface OidcAdapter {
  upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void>;
  find(id: string): Promise<AdapterPayload | undefined>;
  findByUid(uid: string): Promise<AdapterPayload | undefined>;
  findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
  consume(id: string): Promise<void>;
  destroy(id: string): Promise<void>;
  revokeByGrantId(grantId: string): Promise<void>;
}

const CONSUMABLE = new Set([
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
]);

export function databaseAdapter(db: Database): new (model: string) => OidcAdapter {
  return class DatabaseAdapter implements OidcAdapter {
    constructor(readonly model: string) {}

    async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
      const row = {
        model: this.model,
        id,
        payload: JSON.stringify(payload),
        grant_id: typeof payload.grantId === 'string' ? payload.grantId : null,
        uid: typeof payload.uid === 'string' ? payload.uid : null,
        user_code: typeof payload.userCode === 'string' ? payload.userCode : null,
        expires_at: typeof expiresIn === 'number' ? new Date(Date.now() + expiresIn * 1000) : null,
      };
      if (this.model === 'ReplayDetection') {
        const inserted = await db
          .insertInto('oidc_payloads')
          .values(row)
          .onConflict((oc) => oc.columns(['model', 'id']).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!inserted) throw new errors.InvalidDpopProof!('DPoP proof JWT Replay detected');
        return;
      }
      await db
        .insertInto('oidc_payloads')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['model', 'id']).doUpdateSet({
            payload: (eb) => eb.ref('excluded.payload'),
            grant_id: (eb) => eb.ref('excluded.grant_id'),
            uid: (eb) => eb.ref('excluded.uid'),
            user_code: (eb) => eb.ref('excluded.user_code'),
            expires_at: (eb) => eb.ref('excluded.expires_at'),
          }),
        )
        .execute();
    }

    async #findWhere(column: 'id' | 'uid' | 'user_code', value: string): Promise<AdapterPayload | undefined> {
      const row = await db
        .selectFrom('oidc_payloads')
        .select(['payload', 'consumed_at'])
        .where('model', '=', this.model)
        .where(column, '=', value)
        .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', sql<Date>`now()`)]))
        .executeTakeFirst();
      if (!row) return undefined;
      const payload = row.payload as AdapterPayload;
      return row.consumed_at
        ? { ...payload, consumed: Math.floor(row.consumed_at.getTime() / 1000) }
        : payload;
    }

    find(id: string) {
      return this.#findWhere('id', id);
    }

    findByUid(uid: string) {
      return this.#findWhere('uid', uid);
    }

    findByUserCode(userCode: string) {
      return this.#findWhere('user_code', userCode);
    }

    async consume(id: string): Promise<void> {
      const consumed = await db
        .updateTable('oidc_payloads')
        .set({ consumed_at: sql<Date>`now()` })
        .where('model', '=', this.model)
        .where('id', '=', id)
        .where('consumed_at', 'is', null)
        .returning('id')
        .executeTakeFirst();
      if (consumed || !CONSUMABLE.has(this.model)) return;
      // Another request consumed it between oidc-provider's read and this write: a reuse.
      const row = await db
        .selectFrom('oidc_payloads')
        .select('grant_id')
        .where('model', '=', this.model)
        .where('id', '=', id)
        .executeTakeFirst();
      if (row?.grant_id) await db.deleteFrom('oidc_payloads').where('grant_id', '=', row.grant_id).execute();
      throw new errors.InvalidGrant!('grant already used');
    }

    async destroy(id: string): Promise<void> {
      await db.deleteFrom('oidc_payloads').where('model', '=', this.model).where('id', '=', id).execute();
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      await db
        .deleteFrom('oidc_payloads')
        .where('model', '=', this.model)
        .where('grant_id', '=', grantId)
        .execute();
    }
  };
}
