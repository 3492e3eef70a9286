import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/databases';
import { startCountedSimulator, type CountedSimulator } from '../../test/part2-support';
import { migrateToLatest } from '../db/migrate';
import { verifyJournal } from '../journal/store';

const run = promisify(execFile);
const PER_PROCESS = 12;
const GATEWAY_QUOTA = 4;
const SIMULATOR_QUOTA = 5;

// PGlite is one process by nature: the cross-process limiter is a PostgreSQL matter.
describe('the central limiter with two gateway processes on one PostgreSQL', () => {
  let sim: CountedSimulator;
  let database: TestDatabase;

  beforeAll(async () => {
    sim = await startCountedSimulator({ rateLimits: { apiParticulier: SIMULATOR_QUOTA } });
    database = await createTestDatabase('postgres');
    const handle = await database.open();
    await migrateToLatest(handle.db);
    await handle.close();
  });
  afterAll(async () => {
    await sim?.close();
    await database?.drop();
  });

  it('holds the quota for both at once: no upstream 429, every check done', async () => {
    const worker = () =>
      run(
        'npx',
        [
          'tsx',
          'gateway/test/limiter-worker.ts',
          database.url ?? '',
          sim.url,
          String(PER_PROCESS),
          String(GATEWAY_QUOTA),
        ],
        {
          timeout: 120_000,
        },
      );
    const started = Date.now();
    const [a, b] = await Promise.all([worker(), worker()]);
    const results = [a, b].map(
      (r) => JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as { pid: number; outcomes: string[] },
    );
    expect(results[0]?.pid).not.toBe(results[1]?.pid);
    expect(results.flatMap((r) => r.outcomes)).toEqual(Array(2 * PER_PROCESS).fill('ok'));
    const calls = sim.apiParticulierCalls;
    expect(calls).toHaveLength(2 * PER_PROCESS);
    expect(calls.filter((c) => !c.allowed)).toHaveLength(0);
    const perSecond = new Map<number, number>();
    for (const c of calls)
      perSecond.set(Math.floor(c.at / 1000), (perSecond.get(Math.floor(c.at / 1000)) ?? 0) + 1);
    const busiest = Math.max(...perSecond.values());
    expect(busiest).toBeLessThanOrEqual(SIMULATOR_QUOTA);
    const handle = await database.open();
    expect(await verifyJournal(handle.db, 'ville-de-riom')).toMatchObject({
      ok: true,
      checked: 4 * PER_PROCESS,
    });
    await handle.close();
    console.warn(
      `[figures] limiter: 2 processes x ${PER_PROCESS} checks, gateway quota ${GATEWAY_QUOTA}/s, simulator quota ${SIMULATOR_QUOTA}/s: ${calls.length} upstream calls, 0 refused, busiest second ${busiest} calls, ${perSecond.size} seconds, ${Date.now() - started} ms`,
    );
  });
});
