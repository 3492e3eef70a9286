/**
 * Part 2, the shared state of checks and events: FranceConnect checks in flight (result only
 * sealed), upstream quota windows, partner tokens (encrypted), and the events cache per territory.
 */
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { sql } from 'kysely';

export const checksEvents: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create table franceconnect_checks (
        id uuid primary key,
        organisation_id text not null,
        agent_id text not null,
        state text not null unique,
        nonce text not null,
        code_verifier text not null,
        one_time_key jsonb not null,
        return_uri text not null,
        id_token_hint text,
        sealed_result text,
        outcome text,
        error_code text,
        expires_at timestamptz not null,
        created_at timestamptz not null default now()
      )`.execute(db);
    await sql`create index franceconnect_checks_expiry on franceconnect_checks (expires_at)`.execute(db);
    await sql`
      create table upstream_limits (
        key text primary key,
        window_start timestamptz not null,
        count integer not null,
        blocked_until timestamptz
      )`.execute(db);
    await sql`
      create table partner_tokens (
        client_key text primary key,
        ciphertext text not null,
        expires_at timestamptz not null,
        lease_until timestamptz
      )`.execute(db);
    await sql`
      create table events_cache (
        territory text primary key,
        etag text,
        events jsonb,
        fetched_at timestamptz,
        dropped integer not null default 0,
        requests integer not null default 0,
        refreshes integer not null default 0,
        failure_at timestamptz,
        failure_code text,
        lease_until timestamptz
      )`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['events_cache', 'partner_tokens', 'upstream_limits', 'franceconnect_checks']) {
      await sql`drop table if exists ${sql.table(table)}`.execute(db);
    }
  },
};
