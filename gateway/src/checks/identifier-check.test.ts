import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CCAS_PROFILE,
  RIOM_PROFILE,
  startCountedSimulator,
  type CountedSimulator,
} from '../../test/part2-support';
import { DATABASE_KINDS, createTestDatabase, type TestDatabase } from '../../test/databases';
import { migrateToLatest } from '../db/migrate';
import { openPostgres, type DatabaseHandle } from '../db/open';
import { startPostgresCluster } from '../../test/postgres-cluster';
import { ProblemError } from '../http/problem';
import { fingerprint } from '../journal/fingerprint';
import { listChecks, listEntries, verifyJournal } from '../journal/store';
import { createLimiter } from '../upstream/limiter';
import { checkByIdentifier, type IdentifierCheckDeps } from './identifier-check';

const request = { agentId: 'agent-riom', motif: 'Domiciliation', caseReference: 'D-2026-0042' };

async function problemOf(promise: Promise<unknown>): Promise<ProblemError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProblemError) return error;
    throw error;
  }
  throw new Error('expected a problem');
}

describe.each(DATABASE_KINDS)('checks by identifier on %s', (kind) => {
  let sim: CountedSimulator;
  let database: TestDatabase;
  let handle: DatabaseHandle;
  let deps: IdentifierCheckDeps;

  beforeAll(async () => {
    sim = await startCountedSimulator();
    database = await createTestDatabase(kind);
    handle = await database.open();
    await migrateToLatest(handle.db);
    deps = {
      db: handle.db,
      limiter: createLimiter(handle.db, 10),
      apiParticulierUrl: sim.url,
      production: false,
    };
  });
  afterAll(async () => {
    await sim?.close();
    await handle?.close();
    await database?.drop();
  });

  it('journals the intent and the outcome, with the fingerprint only, and answers the status', async () => {
    const answer = await checkByIdentifier(deps, RIOM_PROFILE, { ...request, identifiant: ' 1234567A ' });
    expect(answer.found).toBe(true);
    expect(answer.status?.registration?.registeredNow).toBe(true);
    expect(answer.status?.identity?.firstName).toBeTruthy();
    const entries = await listEntries(handle.db, RIOM_PROFILE.id, {}, { limit: 10 });
    expect(entries.map((e) => [e.kind, e.outcome])).toEqual([
      ['check_intent', null],
      ['check_outcome', 'registered'],
    ]);
    expect(entries[0]?.fingerprint).toBe(fingerprint(RIOM_PROFILE.journalKey, '1234567A'));
    expect(entries[1]?.checkId).toBe(answer.checkId);
    expect(JSON.stringify(entries)).not.toMatch(/1234567A/i);
  });

  it('minimises on the server to each organisation’s visible fields', async () => {
    const riom = await checkByIdentifier(deps, RIOM_PROFILE, { ...request, identifiant: '1234567A' });
    const ccas = await checkByIdentifier(deps, CCAS_PROFILE, {
      ...request,
      agentId: 'agent-ccas',
      identifiant: '1234567A',
    });
    expect(riom.status?.contact).not.toBeNull();
    expect(riom.status?.address).not.toBeNull();
    expect(ccas.status?.contact).toBeNull();
    expect(ccas.status?.address).toBeNull();
    expect(ccas.status?.identity?.firstName).toBe(riom.status?.identity?.firstName);
    expect(ccas.status?.registration).toEqual(riom.status?.registration);
  });

  it('answers "not found" as an outcome, and refuses a motif outside the list without any call or entry', async () => {
    const notFound = await checkByIdentifier(deps, RIOM_PROFILE, { ...request, identifiant: '9999999Z' });
    expect(notFound).toMatchObject({ found: false, status: null });
    const before = sim.apiParticulierCalls.length;
    const entriesBefore = (await listEntries(handle.db, RIOM_PROFILE.id, {}, { limit: 100 })).length;
    const refused = await problemOf(
      checkByIdentifier(deps, RIOM_PROFILE, { ...request, motif: 'Curiosité', identifiant: '1234567A' }),
    );
    expect(refused).toMatchObject({ status: 422, code: 'invalid-check-request' });
    const noCase = await problemOf(
      checkByIdentifier(deps, RIOM_PROFILE, { ...request, caseReference: ' ', identifiant: '1234567A' }),
    );
    expect(noCase.detail).toMatch(/caseReference/);
    expect(sim.apiParticulierCalls.length).toBe(before);
    expect((await listEntries(handle.db, RIOM_PROFILE.id, {}, { limit: 100 })).length).toBe(entriesBefore);
  });

  it('retries a 409 00015 and then journals the error', async () => {
    const before = sim.apiParticulierCalls.length;
    const problem = await problemOf(
      checkByIdentifier(deps, RIOM_PROFILE, { ...request, identifiant: '9000409A' }),
    );
    expect(problem).toMatchObject({ status: 409, code: 'upstream-conflict' });
    expect(sim.apiParticulierCalls.length - before).toBe(4);
    const [last] = await listChecks(handle.db, RIOM_PROFILE.id, {}, { limit: 1 });
    expect(last).toMatchObject({ outcome: 'error', errorCode: '00015' });
  });

  it('honours a 429 for every request: blocked, then "réessayez dans N s" with Retry-After', async () => {
    const problem = await problemOf(
      checkByIdentifier({ ...deps, maxWaitMs: 200 }, RIOM_PROFILE, { ...request, identifiant: '9000429A' }),
    );
    expect(problem).toMatchObject({ status: 429, code: 'upstream-rate-limited' });
    expect(problem.title).toMatch(/réessayez dans \d+ s/);
    expect(problem.headers['retry-after']).toMatch(/^\d+$/);
    // Another agent's check right after is held by the shared block, without reaching upstream.
    const before = sim.apiParticulierCalls.length;
    const held = await problemOf(
      checkByIdentifier({ ...deps, maxWaitMs: 0 }, RIOM_PROFILE, { ...request, identifiant: '1234567A' }),
    );
    expect(held.code).toBe('upstream-rate-limited');
    expect(sim.apiParticulierCalls.length).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(await verifyJournal(handle.db, RIOM_PROFILE.id)).toMatchObject({ ok: true });
  });

  it('makes no upstream call when the journal cannot be written (database stopped)', async () => {
    let stoppedDb: DatabaseHandle;
    if (kind === 'postgres') {
      // A cluster of its own, really stopped (pg_ctl stop) under the open pool.
      const cluster = await startPostgresCluster();
      stoppedDb = openPostgres(cluster.adminUrl, 2);
      await migrateToLatest(stoppedDb.db);
      cluster.stop();
    } else {
      const stopped = await createTestDatabase(kind);
      stoppedDb = await stopped.open();
      await migrateToLatest(stoppedDb.db);
      await stoppedDb.close();
      await stopped.drop();
    }
    const before = sim.apiParticulierCalls.length;
    const problem = await problemOf(
      checkByIdentifier(
        { ...deps, db: stoppedDb.db, limiter: createLimiter(stoppedDb.db, 10) },
        RIOM_PROFILE,
        {
          ...request,
          identifiant: '1234567A',
        },
      ),
    );
    expect(problem).toMatchObject({ status: 503, code: 'journal-unavailable' });
    expect(problem.title).toBe('Le journal est indisponible, aucune vérification n’a été faite.');
    expect(sim.apiParticulierCalls.length).toBe(before);
    if (kind === 'postgres') await stoppedDb.close().catch(() => undefined);
  });
});
