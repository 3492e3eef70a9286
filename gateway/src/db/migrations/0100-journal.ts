/**
 * Part 2, the central journal: append-only entries hash-chained per organisation. A trigger
 * refuses UPDATE, DELETE and TRUNCATE for everyone; only `journal_purge` (SECURITY DEFINER)
 * removes whole expired months, and moves the chain's anchor to the last row it removed.
 * Numbered from 0100 so part 1's migrations (0001…) never collide with these.
 */
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { sql } from 'kysely';

export const journal: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create table journal_entries (
        organisation_id text not null,
        seq bigint not null,
        id uuid not null unique,
        at timestamptz not null,
        kind text not null check (kind in ('check_intent', 'check_outcome', 'identifier_search', 'journal_export', 'chain_verification')),
        agent_id text not null,
        mode text check (mode in ('identifiant', 'franceconnect')),
        motif text,
        case_reference text,
        fingerprint char(64),
        check_id uuid,
        outcome text,
        error_code text,
        detail text,
        prev_hash char(64) not null,
        hash char(64) not null,
        primary key (organisation_id, seq)
      )`.execute(db);
    await sql`create index journal_entries_fingerprint on journal_entries (organisation_id, fingerprint) where fingerprint is not null`.execute(
      db,
    );
    await sql`create index journal_entries_agent on journal_entries (organisation_id, agent_id, seq)`.execute(
      db,
    );
    await sql`create index journal_entries_at on journal_entries (organisation_id, at)`.execute(db);
    await sql`create index journal_entries_check on journal_entries (organisation_id, check_id) where check_id is not null`.execute(
      db,
    );
    await sql`
      create table journal_heads (
        organisation_id text primary key,
        seq bigint not null,
        hash char(64) not null,
        anchor_seq bigint not null default 0,
        anchor_hash char(64) not null default ${sql.lit('0'.repeat(64))}
      )`.execute(db);
    await sql`
      create function journal_refuse_change() returns trigger language plpgsql as $$
      begin
        -- Only journal_purge opens DELETE: it sets the flag and runs as the table's owner.
        if tg_op = 'DELETE' and current_setting('guichet.journal_purge', true) = 'on'
           and current_user = (select pg_get_userbyid(relowner) from pg_class where oid = tg_relid) then
          return old;
        end if;
        raise exception 'the journal is append-only: % refused', tg_op using errcode = '42501';
      end $$`.execute(db);
    await sql`create trigger journal_append_only before update or delete on journal_entries for each row execute function journal_refuse_change()`.execute(
      db,
    );
    await sql`create trigger journal_no_truncate before truncate on journal_entries for each statement execute function journal_refuse_change()`.execute(
      db,
    );
    await sql`
      create function journal_purge(p_organisation text, p_before timestamptz) returns bigint
      language plpgsql security definer set search_path = public as $$
      declare
        cutoff timestamptz := date_trunc('month', p_before);
        last_seq bigint;
        last_hash text;
        removed bigint;
      begin
        select seq, hash into last_seq, last_hash from journal_entries
          where organisation_id = p_organisation and at < cutoff order by seq desc limit 1;
        if last_seq is null then return 0; end if;
        perform set_config('guichet.journal_purge', 'on', true);
        delete from journal_entries where organisation_id = p_organisation and seq <= last_seq;
        get diagnostics removed = row_count;
        perform set_config('guichet.journal_purge', 'off', true);
        update journal_heads set anchor_seq = last_seq, anchor_hash = last_hash
          where organisation_id = p_organisation;
        return removed;
      end $$`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql`drop function if exists journal_purge(text, timestamptz)`.execute(db);
    await sql`drop table if exists journal_entries`.execute(db);
    await sql`drop function if exists journal_refuse_change()`.execute(db);
    await sql`drop table if exists journal_heads`.execute(db);
  },
};
