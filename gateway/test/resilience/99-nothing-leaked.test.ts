/**
 * Nothing lost, nothing leaked, after the whole suite (this file runs last): the dumps
 * (pg_dump) of every database the suite used and every gateway's logs hold none of the test
 * people's names, identifiers, addresses, phones or e-mails (simulator/data); every
 * organisation's journal chain verifies; tampering with one row is reported with its position.
 * (The extension's storage is another helper's part of issue 17.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { inject, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/db/open';
import { verifyJournal } from '../../src/journal/store';
import { personalDataIn, testPeopleStrings } from '../people-strings';
import { Tally, pgDump, type TallyLine } from './support';

async function suiteDatabases(): Promise<string[]> {
  const client = new pg.Client({ connectionString: inject('postgresAdminUrl') });
  await client.connect();
  try {
    const rows = await client.query<{ datname: string }>(
      `select datname from pg_database where datname like 'gateway_%'`,
    );
    return rows.rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
}
const urlOf = (name: string) => inject('postgresAdminUrl').replace(/\/postgres$/, `/${name}`);

describe('nothing lost, nothing leaked (after the whole suite)', () => {
  it('no test person’s data in the database dumps or the logs', async () => {
    const tally = new Tally('nothing leaked: dumps and logs');
    const people = testPeopleStrings();
    expect(people.length).toBeGreaterThan(40);
    const dir = inject('resilienceDir');
    const texts: Array<[string, string]> = [];
    for (const name of await suiteDatabases()) texts.push([`pg_dump ${name}`, pgDump(urlOf(name))]);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.scan')))
      texts.push([file, readFileSync(join(dir, file), 'utf8')]);
    const dumps = texts.filter(([n]) => n.startsWith('pg_dump') || n.includes('-dump-'));
    const logs = texts.filter(([n]) => n.includes('-logs-'));
    // The scan is not blind: the suite left databases with journals and logs behind.
    expect(dumps.length).toBeGreaterThanOrEqual(4);
    expect(logs.length).toBeGreaterThanOrEqual(4);
    const dumpChars = dumps.reduce((n, [, t]) => n + t.length, 0);
    const logChars = logs.reduce((n, [, t]) => n + t.length, 0);
    expect(dumps.some(([, t]) => t.includes('INSERT INTO public.journal_entries'))).toBe(true);
    for (const [name, text] of texts) {
      tally.tries += 1;
      expect(personalDataIn(text, people), name).toEqual([]);
    }
    tally.entries = texts.length;
    tally.hold(
      `${people.length} personal strings searched in ${dumps.length} dumps (${dumpChars} characters) and ${logs.length} log captures (${logChars} characters): 0 found`,
    );
    tally.print();
  });

  it('every journal chain verifies, and a tampered row is reported with its position', async () => {
    const tally = new Tally('nothing lost: journal chains');
    let chains = 0;
    let entries = 0;
    let tampered: { database: string; org: string; seq: number } | null = null;
    for (const name of await suiteDatabases()) {
      const handle = openPostgres(urlOf(name), 2);
      try {
        const heads = await handle.db
          .selectFrom('journal_heads')
          .select(['organisation_id', 'seq'])
          .execute()
          .catch(() => []);
        for (const head of heads) {
          const report = await verifyJournal(handle.db, head.organisation_id);
          expect(report.ok, `${name} ${head.organisation_id}: ${JSON.stringify(report.firstBreak)}`).toBe(
            true,
          );
          chains += 1;
          entries += Number(head.seq);
          if (!tampered && Number(head.seq) >= 5)
            tampered = { database: name, org: head.organisation_id, seq: Math.ceil(Number(head.seq) / 2) };
        }
      } finally {
        await handle.close();
      }
    }
    expect(chains).toBeGreaterThanOrEqual(4);
    expect(tampered).not.toBeNull();
    const { database, org, seq } = tampered!;
    const handle = openPostgres(urlOf(database), 2);
    try {
      // The application cannot alter a row (the trigger refuses it) …
      await expect(
        sql`update journal_entries set motif = 'Curiosité' where organisation_id = ${org} and seq = ${seq}`.execute(
          handle.db,
        ),
      ).rejects.toThrow();
      // … an administrator who disables the trigger can: the verification names the row.
      await sql`alter table journal_entries disable trigger journal_append_only`.execute(handle.db);
      await sql`update journal_entries set case_reference = 'FORGED-1' where organisation_id = ${org} and seq = ${seq}`.execute(
        handle.db,
      );
      await sql`alter table journal_entries enable trigger journal_append_only`.execute(handle.db);
      const report = await verifyJournal(handle.db, org);
      expect(report.ok).toBe(false);
      expect(report.firstBreak).toMatchObject({ kind: 'altered', position: seq });
      tally.tries = chains + 2;
      tally.refusals = 1;
      tally.faults = 1;
      tally.entries = entries;
      tally.hold(
        `${chains} chains (${entries} entries) verified; an UPDATE by the application refused; a row altered behind the trigger reported as altered at position ${seq} of ${org}`,
      );
    } finally {
      await handle.close();
    }
    tally.print();
  });

  it('adds up the suite', () => {
    const lines = readFileSync(join(inject('resilienceDir'), 'summary.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as TallyLine);
    expect(lines.length).toBeGreaterThanOrEqual(10);
    const sum = (k: 'tries' | 'refusals' | 'faults' | 'entries') => lines.reduce((n, l) => n + l[k], 0);
    console.warn(
      `[resilience] SUMMARY of ${lines.length} tests: tries ${sum('tries')}, refusals ${sum('refusals')}, faults injected ${sum('faults')}, entries checked ${sum('entries')}`,
    );
  });
});
