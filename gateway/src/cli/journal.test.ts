import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/databases';
import { testEnv } from '../../test/secrets';
import { migrateToLatest } from '../db/migrate';
import { appendEntry } from '../journal/store';

const run = promisify(execFile);

describe('the journal command (PGlite data directory)', () => {
  let database: TestDatabase;
  let configFile: string;

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    const handle = await database.open();
    await migrateToLatest(handle.db);
    // FranceConnect intents: an identifier check's intent left open 40 s is closed as
    // interrupted by the purge, and a slow machine reaches the purge test after that.
    for (let i = 0; i < 3; i++) {
      await appendEntry(handle.db, 'ville-de-riom', {
        kind: 'check_intent',
        agentId: 'agent-cli',
        mode: 'franceconnect',
        motif: 'Domiciliation',
        caseReference: `CLI-${i}`,
        fingerprint: null,
        checkId: null,
        outcome: null,
        errorCode: null,
        detail: null,
      });
    }
    await handle.close();
    const document = JSON.parse(readFileSync('gateway/config/demo.json', 'utf8')) as Record<string, unknown>;
    document.database = { kind: 'pglite', dataDir: database.dataDir };
    configFile = join(database.dataDir ?? '', '..', `cli-${Date.now()}.json`);
    writeFileSync(configFile, JSON.stringify(document));
  });
  afterAll(async () => {
    await database?.drop();
  });

  const journal = (command: string) =>
    run('npx', ['tsx', 'gateway/src/cli/journal.ts', command, '--config', configFile], {
      env: { ...process.env, ...testEnv() },
      timeout: 120_000,
    }).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );

  it('verifies every organisation, then reports the first break with exit code 1', async () => {
    const intact = await journal('verify');
    expect(intact.code).toBe(0);
    const lines = intact.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      expect.objectContaining({ organisation: 'ville-de-riom', ok: true, checked: 3 }),
      expect.objectContaining({ organisation: 'ccas-clermont-ferrand', ok: true, checked: 0 }),
    ]);
    const handle = await database.open();
    await sql`alter table journal_entries disable trigger journal_append_only`.execute(handle.db);
    await sql`update journal_entries set case_reference = 'CLI-X' where seq = 2`.execute(handle.db);
    await sql`alter table journal_entries enable trigger journal_append_only`.execute(handle.db);
    await handle.close();
    const broken = await journal('verify');
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('"firstBreak":{"kind":"altered","position":2');
  }, 180_000);

  it('purges on demand (nothing expired here)', async () => {
    const purged = await journal('purge');
    expect(purged.code).toBe(0);
    expect(JSON.parse(purged.stdout)).toEqual({
      purged: { 'ville-de-riom': 0, 'ccas-clermont-ferrand': 0 },
      expiredFlows: 0,
      interruptedChecks: 0,
    });
  }, 120_000);
});
