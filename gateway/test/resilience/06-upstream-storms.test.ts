/**
 * Upstream 429 storms and outages, two gateways on one PostgreSQL: the gateway never exceeds
 * its quota (every API Particulier request counted by the simulator, per second), honours an
 * upstream 429's Retry-After for every agent on every process, says when to retry, and during
 * an outage answers clear problems (checks) or the last copy with its age (events).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PARTICULIER_PER_SECOND } from '../../src/part2/context';
import { simulatorUpstreams } from '../../src/part2/upstreams';
import type { DatabaseHandle } from '../../src/db/open';
import { createTestDatabase, type TestDatabase } from '../databases';
import { startTestGateway, type TestGateway } from '../harness';
import { startCountedSimulator, type CountedSimulator } from '../part2-support';
import { Tally, asProblem, dpopCall, keepForScan, signedInSession, type Session } from './support';

const MOTIF = 'Instruction d’une demande d’aide sociale';

function busiestSecond(calls: { at: number }[]): number {
  const perSecond = new Map<number, number>();
  for (const c of calls)
    perSecond.set(Math.floor(c.at / 1000), (perSecond.get(Math.floor(c.at / 1000)) ?? 0) + 1);
  return Math.max(0, ...perSecond.values());
}

async function storm(gateways: TestGateway[], sessions: Session[], count: number, prefix: string) {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const gateway = gateways[i % gateways.length]!;
      const session = sessions[i % sessions.length]!;
      const res = await dpopCall(gateway, session, 'POST', '/api/v1/checks/identifier', {
        body: JSON.stringify({ identifiant: '1234567A', motif: MOTIF, caseReference: `${prefix}-${i}` }),
      });
      const retryAfter = res.headers.get('retry-after');
      if (res.status === 200) {
        await res.arrayBuffer();
        return { status: 200, code: null as string | null, title: '', retryAfter };
      }
      const problem = await asProblem(res);
      return {
        status: res.status,
        code: problem.ok ? problem.problem.code : `not a problem: ${problem.why}`,
        title: problem.ok ? problem.problem.title : '',
        retryAfter,
      };
    }),
  );
}

describe.each([
  { name: 'quota held', upstreamQuota: 20 },
  { name: '429 storm', upstreamQuota: 3 },
])('upstream $name (two gateways, PostgreSQL)', ({ name, upstreamQuota }) => {
  let sim: CountedSimulator;
  let database: TestDatabase;
  let handle: DatabaseHandle;
  let gateways: TestGateway[];
  let sessions: Session[];

  beforeAll(async () => {
    sim = await startCountedSimulator({ rateLimits: { apiParticulier: upstreamQuota } });
    database = await createTestDatabase('postgres');
    handle = await database.open();
    const edit = (document: Record<string, unknown>) => {
      document.upstreams = simulatorUpstreams(sim.url);
    };
    gateways = [
      await startTestGateway({ simulator: sim, database, edit }),
      await startTestGateway({ simulator: sim, database, edit }),
    ];
    sessions = [
      await signedInSession(gateways[0]!, 'riom-agent'),
      await signedInSession(gateways[1]!, 'riom-dpo'),
    ];
  });
  afterAll(async () => {
    for (const g of gateways ?? []) keepForScan(`storm-logs`, g.logs.text());
    for (const g of gateways ?? []) await g.close();
    await handle?.close();
    await sim?.close();
  });

  it('never exceeds the quota, honours Retry-After for everyone, says when to retry', async () => {
    const tally = new Tally(
      `faults: upstream ${name} (API Particulier quota ${upstreamQuota}/s, gateway ${API_PARTICULIER_PER_SECOND}/s)`,
    );
    const answers = await storm(gateways, sessions, 60, name.replace(/\W/g, ''));
    tally.tries = answers.length;
    const calls = sim.apiParticulierCalls;
    const refusedUpstream = calls.filter((c) => !c.allowed);
    tally.faults = refusedUpstream.length;
    tally.refusals = answers.filter((a) => a.status !== 200).length;
    // Every answer is a result or a "réessayez dans N s" problem with its Retry-After.
    for (const a of answers) {
      if (a.status === 200) continue;
      expect(a.status, JSON.stringify(a)).toBe(429);
      expect(a.code).toBe('upstream-rate-limited');
      expect(Number(a.retryAfter)).toBeGreaterThan(0);
      expect(a.title).toMatch(/réessayez dans \d+ s/);
    }
    // The upstream's quota is never exceeded, as the simulator counts it. The gateway's own
    // 10/s (half the real 20/s) is counted on the database's clock: a call that took its slot
    // at the end of one second may reach the simulator in the next, so a simulator second may
    // see a few more than 10 — never more than the upstream's quota.
    expect(busiestSecond(calls)).toBeLessThanOrEqual(Math.max(upstreamQuota, API_PARTICULIER_PER_SECOND));
    if (upstreamQuota >= API_PARTICULIER_PER_SECOND) {
      expect(refusedUpstream).toEqual([]);
      expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(30);
    } else {
      // The upstream said 429 (Retry-After: 1): every process waits. Requests that took their
      // slot before the block was recorded may still arrive (the simulator, both gateways and
      // the clients share one event loop here): within 0.5 s of each 429 comes a silence of at
      // least 0.9 s, on both processes.
      expect(refusedUpstream.length).toBeGreaterThan(0);
      const at = calls.map((c) => c.at).sort((x, y) => x - y);
      const unheeded = refusedUpstream.filter((refusal) => {
        const after = at.filter((t) => t >= refusal.at);
        for (let i = 0; i < after.length; i++) {
          const here = after[i]!;
          if (here > refusal.at + 500) return true;
          const next = after[i + 1];
          if (next === undefined || next - here >= 900) return false;
        }
        return false;
      });
      if (unheeded.length) console.warn(JSON.stringify(calls.map((c) => [c.at - calls[0]!.at, c.allowed])));
      expect(unheeded).toEqual([]);
      // The calls that went through stayed under the upstream's quota once it had spoken.
      expect(calls.filter((c) => c.allowed).length).toBeGreaterThan(0);
    }
    const journaled = await handle.db
      .selectFrom('journal_entries')
      .select('outcome')
      .where('kind', '=', 'check_outcome')
      .execute();
    tally.entries = journaled.length;
    expect(journaled.length).toBe(60);
    expect(calls.length).toBeLessThanOrEqual(
      (
        await handle.db
          .selectFrom('journal_entries')
          .select('id')
          .where('kind', '=', 'check_intent')
          .execute()
      ).length * 4,
    );
    tally.hold(
      `${calls.length} upstream calls, busiest second at the simulator ${busiestSecond(calls)} (gateway quota ${API_PARTICULIER_PER_SECOND}/s on the database clock); ${refusedUpstream.length} upstream 429; ` +
        `${answers.filter((a) => a.status === 200).length} results, ${tally.refusals} × 429 upstream-rate-limited with Retry-After; 60 outcomes journaled`,
    );
    tally.print();
  });

  it.runIf(name === 'quota held')(
    'during an outage: clear problems for checks, the last copy of the events with its age',
    async () => {
      const tally = new Tally('faults: upstream outage (503)');
      const warm = await dpopCall(gateways[0]!, sessions[0]!, 'GET', '/api/v1/events?size=10');
      expect(warm.status).toBe(200);
      const firstCopy = (await warm.json()) as { total: number };
      await fetch(`${sim.url}/__admin/faults`, { method: 'POST', body: JSON.stringify({ pannes: ['503'] }) });
      tally.faults += 1;
      const before = sim.apiParticulierCalls.length;
      const answers = await storm(gateways, sessions, 8, 'OUTAGE');
      const callsPerCheck = (sim.apiParticulierCalls.length - before) / answers.length;
      for (const a of answers) {
        expect(a.status, JSON.stringify(a)).toBe(502);
        expect(a.code).toMatch(/^[a-z-]+$/);
        expect(a.title).toMatch(/réessayez plus tard/);
      }
      // The bounded back-off: at most one retry per check.
      expect(callsPerCheck).toBeLessThanOrEqual(2);
      // The events copy is due for a refresh (aged in the database), upstream is down: the old
      // copy is served, marked stale, with its age.
      await handle.db
        .updateTable('events_cache')
        .set({ fetched_at: new Date(Date.now() - 10 * 60_000) })
        .execute();
      const stale = await dpopCall(gateways[1]!, sessions[1]!, 'GET', '/api/v1/events?size=10');
      expect(stale.status).toBe(200);
      const page = (await stale.json()) as { stale: boolean; ageSeconds: number; total: number };
      expect(page.stale).toBe(true);
      expect(page.ageSeconds).toBeGreaterThanOrEqual(600);
      expect(page.total).toBe(firstCopy.total);
      expect(Number(stale.headers.get('age'))).toBeGreaterThanOrEqual(600);
      await fetch(`${sim.url}/__admin/faults`, { method: 'POST', body: JSON.stringify({ pannes: [] }) });
      const outcomes = await handle.db
        .selectFrom('journal_entries')
        .select(['outcome', 'error_code'])
        .where('kind', '=', 'check_outcome')
        .execute();
      tally.tries = answers.length + 2;
      tally.refusals = answers.length;
      tally.entries = outcomes.length;
      expect(outcomes.filter((o) => o.outcome === 'error').length).toBe(8);
      tally.hold(
        `8 checks during the outage: 502 "réessayez plus tard", ${callsPerCheck} upstream calls per check, journaled as error; events served stale, age ${page.ageSeconds} s`,
      );
      tally.print();
    },
  );
});
