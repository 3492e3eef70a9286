import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, createTestDatabase, type TestDatabase } from '../../test/databases';
import { migrateToLatest } from '../db/migrate';
import type { DatabaseHandle } from '../db/open';
import type { JournalDraft } from './entry';
import { fingerprint, parseJournalKey } from './fingerprint';
import {
  appendEntry,
  closeInterruptedChecks,
  listChecks,
  listEntries,
  purgeJournal,
  verifyJournal,
} from './store';

const RIOM = 'ville-de-riom';
const CCAS = 'ccas-clermont-ferrand';
const RIOM_KEY = parseJournalKey('11'.repeat(32));
const CCAS_KEY = parseJournalKey('22'.repeat(32));

function intent(agentId: string, fp: string | null, motif = 'Domiciliation'): JournalDraft {
  return {
    kind: 'check_intent',
    agentId,
    mode: 'identifiant',
    motif,
    caseReference: 'D-2026-001',
    fingerprint: fp,
    checkId: null,
    outcome: null,
    errorCode: null,
    detail: null,
  };
}

function outcomeOf(checkId: string, agentId: string): JournalDraft {
  return {
    ...intent(agentId, null),
    kind: 'check_outcome',
    checkId,
    outcome: 'registered',
    motif: null,
    caseReference: null,
  };
}

describe.each(DATABASE_KINDS)('central journal on %s', (kind) => {
  let database: TestDatabase;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    handle = await database.open();
    await migrateToLatest(handle.db);
  });
  afterAll(async () => {
    await handle?.close();
    await database?.drop();
  });

  it('chains concurrent appends of one organisation without gaps, and verifies them', async () => {
    const drafts = Array.from({ length: 20 }, (_, i) => intent(`agent-${i % 3}`, null));
    await Promise.all(drafts.map((draft) => appendEntry(handle.db, RIOM, draft)));
    const entries = await listEntries(handle.db, RIOM, {}, { limit: 100 });
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await verifyJournal(handle.db, RIOM)).toMatchObject({ ok: true, checked: 20, lastSeq: 20 });
  });

  it('finds an identifier by fingerprint within its organisation only, and joins outcomes', async () => {
    const riomFp = fingerprint(RIOM_KEY, '1234567A');
    const ccasFp = fingerprint(CCAS_KEY, '1234567A');
    const riomCheck = await appendEntry(handle.db, RIOM, intent('agent-riom', riomFp));
    await appendEntry(handle.db, RIOM, outcomeOf(riomCheck.id, 'agent-riom'));
    await appendEntry(handle.db, CCAS, intent('agent-ccas', ccasFp));
    const inRiom = await listChecks(handle.db, RIOM, { fingerprint: riomFp }, { limit: 10 });
    expect(inRiom).toEqual([
      expect.objectContaining({ checkId: riomCheck.id, agentId: 'agent-riom', outcome: 'registered' }),
    ]);
    // The CCAS's key gives another fingerprint, and Riom's fingerprint finds nothing at the CCAS.
    expect(await listChecks(handle.db, CCAS, { fingerprint: riomFp }, { limit: 10 })).toEqual([]);
    expect(await listChecks(handle.db, RIOM, { fingerprint: ccasFp }, { limit: 10 })).toEqual([]);
    expect(await listChecks(handle.db, RIOM, { outcome: 'registered' }, { limit: 10 })).toHaveLength(1);
    expect(await verifyJournal(handle.db, CCAS)).toMatchObject({ ok: true, checked: 1 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE to the application', async () => {
    await expect(
      sql`update journal_entries set motif = 'x' where organisation_id = ${RIOM}`.execute(handle.db),
    ).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(
      sql`delete from journal_entries where organisation_id = ${RIOM}`.execute(handle.db),
    ).rejects.toThrow(/append-only: DELETE refused/);
    await expect(sql`truncate journal_entries`.execute(handle.db)).rejects.toThrow(
      /append-only: TRUNCATE refused/,
    );
    expect(await verifyJournal(handle.db, RIOM)).toMatchObject({ ok: true });
  });

  it('detects an altered row and a deleted row (tampering around the trigger)', async () => {
    const org = `tamper-${kind}`;
    for (let i = 0; i < 6; i++) await appendEntry(handle.db, org, intent('agent-t', null));
    await handle.db.transaction().execute(async (trx) => {
      await sql`alter table journal_entries disable trigger journal_append_only`.execute(trx);
      await sql`update journal_entries set motif = 'Autre' where organisation_id = ${org} and seq = 3`.execute(
        trx,
      );
      await sql`alter table journal_entries enable trigger journal_append_only`.execute(trx);
    });
    const altered = await verifyJournal(handle.db, org);
    expect(altered).toMatchObject({ ok: false, checked: 2, firstBreak: { kind: 'altered', position: 3 } });

    const org2 = `delete-${kind}`;
    for (let i = 0; i < 6; i++) await appendEntry(handle.db, org2, intent('agent-t', null));
    await handle.db.transaction().execute(async (trx) => {
      await sql`alter table journal_entries disable trigger journal_append_only`.execute(trx);
      await sql`delete from journal_entries where organisation_id = ${org2} and seq = 4`.execute(trx);
      await sql`alter table journal_entries enable trigger journal_append_only`.execute(trx);
    });
    expect(await verifyJournal(handle.db, org2)).toMatchObject({
      ok: false,
      firstBreak: { kind: 'missing', position: 4, entryId: null },
    });
  });

  it('purges whole expired months through the purge function only, and the chain still verifies', async () => {
    const org = `purge-${kind}`;
    const old = new Date('2022-01-15T10:00:00Z');
    for (let i = 0; i < 3; i++)
      await appendEntry(handle.db, org, intent('agent-p', null), new Date(old.getTime() + i * 86_400_000));
    await appendEntry(handle.db, org, intent('agent-p', null), new Date('2022-02-10T10:00:00Z'));
    await appendEntry(handle.db, org, intent('agent-p', null));
    // Cut-off inside February: only January (a whole month) goes.
    expect(await purgeJournal(handle.db, org, new Date('2022-02-20T00:00:00Z'))).toBe(3);
    const rest = await listEntries(handle.db, org, {}, { limit: 10 });
    expect(rest.map((e) => e.seq)).toEqual([4, 5]);
    expect(await verifyJournal(handle.db, org)).toMatchObject({ ok: true, checked: 2, firstSeq: 4 });
  });
});

describe('application role on PostgreSQL', () => {
  let database: TestDatabase;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    handle = await database.open();
    await migrateToLatest(handle.db);
  });
  afterAll(async () => {
    await handle?.close();
    await database?.drop();
  });

  it('inserts and reads but cannot update or delete, even with every privilege granted', async () => {
    await appendEntry(handle.db, RIOM, intent('agent-1', null));
    const role = `journal_app_${Date.now()}`;
    await sql`create role ${sql.id(role)} login`.execute(handle.db);
    // The deployment grants only SELECT and INSERT; ALL here shows the trigger is what refuses.
    await sql`grant all on all tables in schema public to ${sql.id(role)}`.execute(handle.db);
    const url = new URL(database.url ?? '');
    url.username = role;
    const client = new pg.Client({ connectionString: url.href });
    await client.connect();
    try {
      expect((await client.query('select count(*)::int as n from journal_entries')).rows[0]).toEqual({
        n: 1,
      });
      await expect(client.query("update journal_entries set motif = 'x'")).rejects.toThrow(/append-only/);
      await expect(client.query('delete from journal_entries')).rejects.toThrow(/append-only/);
      // Setting the purge flag by hand opens nothing: only the purge function (owner) may delete.
      await client.query('begin');
      await client.query("select set_config('guichet.journal_purge', 'on', true)");
      await expect(client.query('delete from journal_entries')).rejects.toThrow(/append-only/);
      await client.query('rollback');
      await client.query('begin');
      await client.query("select set_config('guichet.journal_purge', 'on', true)");
      await expect(client.query("update journal_entries set motif = 'x'")).rejects.toThrow(/append-only/);
      await client.query('rollback');
    } finally {
      await client.end();
      await sql`drop owned by ${sql.id(role)}`.execute(handle.db);
      await sql`drop role ${sql.id(role)}`.execute(handle.db);
    }
    expect(await verifyJournal(handle.db, RIOM)).toMatchObject({ ok: true, checked: 1 });
  });
  it('closes a check left without its outcome as interrupted, once, and only when old enough', async () => {
    const org = 'org-interrupted';
    const old = await appendEntry(handle.db, org, intent('agent-z', null), new Date(Date.now() - 120_000));
    const done = await appendEntry(handle.db, org, intent('agent-z', null), new Date(Date.now() - 120_000));
    await appendEntry(handle.db, org, outcomeOf(done.id, 'agent-z'));
    const recent = await appendEntry(handle.db, org, intent('agent-z', null));
    const before = new Date(Date.now() - 60_000);
    const [first, second] = await Promise.all([
      closeInterruptedChecks(handle.db, before),
      closeInterruptedChecks(handle.db, before),
    ]);
    expect(first + second).toBe(1);
    const checks = await listChecks(handle.db, org, {}, { limit: 10 });
    expect(checks.find((c) => c.checkId === old.id)).toMatchObject({
      outcome: 'interrupted',
      errorCode: 'process_stopped',
    });
    expect(checks.find((c) => c.checkId === done.id)?.outcome).toBe('registered');
    expect(checks.find((c) => c.checkId === recent.id)?.outcome).toBeNull();
    expect((await verifyJournal(handle.db, org)).ok).toBe(true);
  });
});
