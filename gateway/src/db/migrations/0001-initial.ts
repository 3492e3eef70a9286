/**
 * The first schema: organisations, agents, the authorization server's store, the DPoP replay
 * cache, and the ProConnect sign-in / sign-out handshakes. SQL that PostgreSQL 15 (Debian)
 * and PGlite (PostgreSQL 17) both accept.
 */
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { sql } from 'kysely';

export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('organisations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('siret', 'char(14)', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('config_digest', 'text', (c) => c.notNull())
      .addColumn('first_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();

    await db.schema
      .createTable('agents')
      .addColumn('id', 'uuid', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('proconnect_sub', 'text', (c) => c.notNull())
      .addColumn('idp_id', 'text', (c) => c.notNull())
      .addColumn('siret', 'char(14)')
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('given_name', 'text', (c) => c.notNull())
      .addColumn('usual_name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('agent', 'referent', 'dpo')`))
      .addColumn('first_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
      .addUniqueConstraint('agents_organisation_sub', ['organisation_id', 'proconnect_sub'])
      .execute();

    await db.schema
      .createTable('oidc_payloads')
      .addColumn('model', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('payload', 'jsonb', (c) => c.notNull())
      .addColumn('grant_id', 'text')
      .addColumn('uid', 'text')
      .addColumn('user_code', 'text')
      .addColumn('expires_at', 'timestamptz')
      .addColumn('consumed_at', 'timestamptz')
      .addPrimaryKeyConstraint('oidc_payloads_pk', ['model', 'id'])
      .execute();
    await db.schema.createIndex('oidc_payloads_grant').on('oidc_payloads').column('grant_id').execute();
    await db.schema.createIndex('oidc_payloads_uid').on('oidc_payloads').columns(['model', 'uid']).execute();
    await db.schema.createIndex('oidc_payloads_expiry').on('oidc_payloads').column('expires_at').execute();

    await db.schema
      .createTable('dpop_proofs')
      .addColumn('jti_hash', 'text', (c) => c.primaryKey())
      .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('dpop_proofs_expiry').on('dpop_proofs').column('expires_at').execute();

    await db.schema
      .createTable('proconnect_logins')
      .addColumn('state', 'text', (c) => c.primaryKey())
      .addColumn('interaction_uid', 'text', (c) => c.notNull())
      .addColumn('code_verifier', 'text', (c) => c.notNull())
      .addColumn('nonce', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('proconnect_sessions')
      .addColumn('grant_id', 'text', (c) => c.primaryKey())
      .addColumn('agent_id', 'uuid', (c) => c.notNull().references('agents.id').onDelete('cascade'))
      .addColumn('id_token', 'text', (c) => c.notNull())
      .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();

    await db.schema
      .createTable('sign_outs')
      .addColumn('state', 'text', (c) => c.primaryKey())
      .addColumn('redirect_uri', 'text')
      .addColumn('client_state', 'text')
      .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of [
      'sign_outs',
      'proconnect_sessions',
      'proconnect_logins',
      'dpop_proofs',
      'oidc_payloads',
      'agents',
      'organisations',
    ]) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};
