/**
 * The database stopped (pg_ctl stop on a real PostgreSQL server) during a load of checks, then
 * started again: no upstream call without its journal entry (API Particulier calls counted on
 * the simulator), clear problems to the agents, the events still served with their age (the
 * process's last copy, to tokens it verified before; api/verified-tokens.ts), no other route
 * served, and recovery without restarting the gateway.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type DatabaseHandle } from '../../src/db/open';
import { simulatorUpstreams } from '../../src/part2/upstreams';
import { startTestGateway, type TestGateway } from '../harness';
import type { TestDatabase } from '../databases';
import { startCountedSimulator, type CountedSimulator } from '../part2-support';
import { startPostgresCluster, type PostgresCluster } from '../postgres-cluster';
import { Tally, asProblem, dpopCall, keepForScan, pgDump, signedInSession, type Session } from './support';

const MOTIF = 'Instruction d’une demande d’aide sociale';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  at: number;
  phase: 'before' | 'down' | 'after';
  route: 'check' | 'events';
  status: number;
  code: string | null;
  checkId: string | null;
  ageSeconds: number | null;
  /** The events served from the process's last copy while the database is down. */
  degraded: boolean | null;
  fetchedAt: string | null;
  ageHeader: string | null;
  retryAfter: string | null;
  why: string | null;
}

describe('database stopped during a load of checks (PostgreSQL, pg_ctl)', () => {
  let cluster: PostgresCluster;
  let sim: CountedSimulator;
  let gateway: TestGateway;
  let reader: DatabaseHandle;

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    sim = await startCountedSimulator();
    const database: TestDatabase = {
      kind: 'postgres',
      url: cluster.adminUrl,
      open: async () => openPostgres(cluster.adminUrl, 5),
      drop: async () => undefined,
    };
    gateway = await startTestGateway({
      simulator: sim,
      database,
      edit: (document) => {
        document.upstreams = simulatorUpstreams(sim.url);
      },
    });
  });
  afterAll(async () => {
    if (gateway) keepForScan('database-stopped-logs', gateway.logs.text());
    // Its own cluster goes away with this file: its dump is kept for the last file's scan.
    if (cluster) keepForScan('database-stopped-dump', pgDump(cluster.adminUrl));
    await gateway?.close().catch(() => undefined);
    await reader?.close().catch(() => undefined);
    await sim?.close();
    cluster?.stop();
  });

  it('makes no call without its journal entry, answers clear problems, and recovers', async () => {
    const tally = new Tally('faults: database stopped during checks');
    const sessions: Session[] = [];
    for (const agent of ['riom-agent', 'riom-dpo', 'riom-agent', 'riom-dpo'])
      sessions.push(await signedInSession(gateway, agent));
    const warm = await dpopCall(gateway, sessions[0]!, 'GET', '/api/v1/events?size=20');
    expect(warm.status).toBe(200);
    await warm.arrayBuffer();

    const answers: Answer[] = [];
    let phase: Answer['phase'] = 'before';
    let running = true;
    let n = 0;
    const worker = async (session: Session, index: number) => {
      while (running) {
        n += 1;
        const events = (n + index) % 3 === 0;
        const res = events
          ? await dpopCall(gateway, session, 'GET', '/api/v1/events?size=20').catch(() => null)
          : await dpopCall(gateway, session, 'POST', '/api/v1/checks/identifier', {
              body: JSON.stringify({ identifiant: '1234567A', motif: MOTIF, caseReference: `LOAD-${n}` }),
            }).catch(() => null);
        if (!res) {
          answers.push({
            at: Date.now(),
            phase,
            route: events ? 'events' : 'check',
            status: 0,
            code: null,
            checkId: null,
            ageSeconds: null,
            degraded: null,
            fetchedAt: null,
            ageHeader: null,
            retryAfter: null,
            why: 'no answer (connection failed)',
          });
          continue;
        }
        const record: Answer = {
          at: Date.now(),
          phase,
          route: events ? 'events' : 'check',
          status: res.status,
          code: null,
          checkId: null,
          ageSeconds: null,
          degraded: null,
          fetchedAt: null,
          ageHeader: res.headers.get('age'),
          retryAfter: res.headers.get('retry-after'),
          why: null,
        };
        if (res.status >= 400) {
          const problem = await asProblem(res);
          if (problem.ok) record.code = problem.problem.code;
          else record.why = problem.why;
        } else {
          const body = (await res.json()) as {
            checkId?: string;
            ageSeconds?: number;
            degraded?: boolean;
            fetchedAt?: string;
          };
          record.checkId = body.checkId ?? null;
          record.ageSeconds = body.ageSeconds ?? null;
          record.degraded = body.degraded ?? null;
          record.fetchedAt = body.fetchedAt ?? null;
        }
        answers.push(record);
        await sleep(30);
      }
    };
    const workers = sessions.map((s, i) => worker(s, i));
    await sleep(1500);
    phase = 'down';
    cluster.pause();
    tally.faults += 1;
    const stoppedAt = Date.now();
    const callsWhenStopped = sim.apiParticulierCalls.length;
    await sleep(4000);
    const readyDown = await fetch(`${gateway.url}/ready`);
    expect(readyDown.status).toBe(503);
    await readyDown.arrayBuffer();
    cluster.resume();
    phase = 'after';
    const resumedAt = Date.now();
    // Recovery without a restart: checks succeed again on the same process, events from the shared copy.
    let recoveredAt: number | null = null;
    while (Date.now() - resumedAt < 20_000) {
      const last = answers.filter((a) => a.phase === 'after' && a.route === 'check' && a.status === 200);
      const shared = answers.some(
        (a) => a.phase === 'after' && a.route === 'events' && a.status === 200 && a.degraded === false,
      );
      if (last.length >= 3 && shared) {
        recoveredAt = last[0]!.at;
        break;
      }
      await sleep(200);
    }
    running = false;
    await Promise.all(workers);
    expect((await fetch(`${gateway.url}/ready`)).status).toBe(200);

    tally.tries = answers.length;
    const down = answers.filter((a) => a.phase === 'down');
    tally.refusals = answers.filter((a) => a.status >= 400).length;
    expect(down.length).toBeGreaterThan(5);
    // Clear problems: every refusal is a problem document; while down, 503 with a stable code.
    const unclear = answers.filter(
      (a) => (a.status >= 400 && a.code === null) || a.status === 0 || a.status === 500,
    );
    expect(unclear, JSON.stringify(unclear.slice(0, 5))).toEqual([]);
    const downCodes = new Set(down.filter((a) => a.status >= 400).map((a) => `${a.status} ${a.code}`));
    for (const code of downCodes)
      expect(['503 journal-unavailable', '503 database-unavailable']).toContain(code);
    // Every refusal while down says when to retry.
    for (const a of down.filter((x) => x.status === 503))
      expect(Number(a.retryAfter), JSON.stringify(a)).toBeGreaterThan(0);
    // Events while the database is down: served from the process's last copy, with its age,
    // marked degraded, to sessions whose tokens the process verified before the stop.
    const downEvents = down.filter((a) => a.route === 'events');
    expect(downEvents.length).toBeGreaterThan(0);
    for (const a of downEvents) expect([200, 503], JSON.stringify(a)).toContain(a.status);
    const fromCopy = downEvents.filter((a) => a.status === 200);
    for (const a of fromCopy) {
      expect(a.degraded, JSON.stringify(a)).toBe(true);
      expect(a.ageSeconds, JSON.stringify(a)).toBeGreaterThanOrEqual(0);
      expect(a.ageHeader, JSON.stringify(a)).toBe(String(a.ageSeconds));
      expect(Date.parse(a.fetchedAt ?? ''), JSON.stringify(a)).toBeLessThanOrEqual(stoppedAt);
    }
    // Once the stop is seen (a request in flight at the stop may fail), every events request is served.
    const settled = downEvents.filter((a) => a.at > stoppedAt + 1000);
    expect(settled.length).toBeGreaterThan(0);
    expect(
      settled.filter((a) => a.status !== 200),
      'events after the stop',
    ).toEqual([]);
    const eventsFromCopy = fromCopy.length;
    // No other route is served while the database is down.
    const checksServedWhileDown = down.filter(
      (a) => a.route === 'check' && a.status < 400 && a.at > stoppedAt + 500,
    );
    expect(checksServedWhileDown, 'checks answered while the database is down').toEqual([]);
    // After the restart of the database, the shared copy again (not the degraded one).
    const eventsAfter = answers.filter(
      (a) => a.phase === 'after' && a.route === 'events' && a.status === 200,
    );
    const sharedAgain = eventsAfter.filter((a) => a.degraded === false).length;
    expect(recoveredAt, 'checks succeed again after the database returns').not.toBeNull();
    expect(sharedAgain, 'the shared copy is served again after the restart').toBeGreaterThan(0);

    // No upstream call without its journal entry: every call the simulator counted has an
    // intent written before it; every 200 is journaled with its outcome.
    reader = openPostgres(cluster.adminUrl, 2);
    const intents = await reader.db
      .selectFrom('journal_entries')
      .select(['id', 'at'])
      .where('kind', '=', 'check_intent')
      .where('organisation_id', '=', 'ville-de-riom')
      .execute();
    const outcomes = await reader.db
      .selectFrom('journal_entries')
      .select(['check_id', 'outcome'])
      .where('kind', '=', 'check_outcome')
      .execute();
    const calls = sim.apiParticulierCalls.length;
    expect(calls).toBeLessThanOrEqual(intents.length);
    const byCheck = new Map(outcomes.map((o) => [o.check_id, o.outcome]));
    const ok = answers.filter((a) => a.route === 'check' && a.status === 200);
    for (const a of ok) expect(byCheck.get(a.checkId), `check ${a.checkId} answered 200`).toBe('registered');
    const callsWhileDown = sim.apiParticulierCalls.filter(
      (c) => c.at > stoppedAt + 500 && c.at < resumedAt,
    ).length;
    const chain = await sql<{ n: string }>`select count(*)::text as n from journal_entries`.execute(
      reader.db,
    );
    tally.entries = Number(chain.rows[0]?.n ?? 0);
    tally.hold(
      `${down.length} requests while stopped (${[...downCodes].join(', ') || 'none refused'}; events: ${eventsFromCopy} of ${downEvents.length} answered from the process's last copy with their age, ages ${Math.min(...fromCopy.map((a) => a.ageSeconds ?? 0))}–${Math.max(...fromCopy.map((a) => a.ageSeconds ?? 0))} s, the others 503; ${checksServedWhileDown.length} checks served); ` +
        `events after the restart: ${sharedAgain} from the shared copy; ` +
        `${calls} upstream calls ≤ ${intents.length} intents journaled; ${callsWhileDown} calls while stopped (${callsWhenStopped} before); ` +
        `recovered ${recoveredAt === null ? '?' : ((recoveredAt - resumedAt) / 1000).toFixed(1)} s after the restart of the database, no gateway restart`,
    );
    tally.print();
  });
});
