/**
 * Hostile upstream answers through the gateway, from the simulator's faults: oversized (40 MB),
 * deeply nested (100,000 levels), every value of the wrong type, hostile HTML in events'
 * descriptions and titles, a slow drip (a byte every 300 ms), truncated JSON. For checks and
 * for the events refresh: an answer within bounded time, bounded memory, a clear outcome, and
 * nothing journaled wrong (a failed call is never journaled as a result).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatorUpstreams } from '../../src/part2/upstreams';
import type { DatabaseHandle } from '../../src/db/open';
import { createTestDatabase, type TestDatabase } from '../databases';
import { startTestGateway, type TestGateway } from '../harness';
import { startCountedSimulator, type CountedSimulator } from '../part2-support';
import { HOSTILE_HTML } from '../../../simulator/routes/payload';
import { Tally, asProblem, dpopCall, keepForScan, signedInSession, type Session } from './support';

const MOTIF = 'Instruction d’une demande d’aide sociale';
const FAULTS = [
  'enorme',
  'imbrique',
  'types-faux',
  'json-invalide',
  'goutte-a-goutte',
  'html-script',
] as const;

describe('hostile upstream answers (PostgreSQL)', () => {
  let sim: CountedSimulator;
  let database: TestDatabase;
  let handle: DatabaseHandle;
  let gateway: TestGateway;
  let session: Session;

  beforeAll(async () => {
    sim = await startCountedSimulator();
    database = await createTestDatabase('postgres');
    handle = await database.open();
    gateway = await startTestGateway({
      simulator: sim,
      database,
      handle,
      edit: (document) => {
        document.upstreams = simulatorUpstreams(sim.url);
      },
    });
    session = await signedInSession(gateway, 'riom-agent');
  });
  afterAll(async () => {
    if (gateway) keepForScan('hostile-upstream-logs', gateway.logs.text());
    await gateway?.close();
    await handle?.close();
    await sim?.close();
  });

  const fault = (pannes: string[]) =>
    fetch(`${sim.url}/__admin/faults`, { method: 'POST', body: JSON.stringify({ pannes }) }).then((r) =>
      r.arrayBuffer(),
    );

  it('answers checks and events clearly, in bounded time and memory, and journals no wrong result', async () => {
    const tally = new Tally('bad input: hostile upstream answers');
    const warm = await dpopCall(gateway, session, 'GET', '/api/v1/events?size=100');
    expect(warm.status).toBe(200);
    const { total } = (await warm.json()) as { total: number };
    const rssStart = process.memoryUsage().rss;
    let rssPeak = rssStart;
    const sample = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50);
    const lines: string[] = [];
    try {
      for (const name of FAULTS) {
        await fault([name]);
        tally.faults += 1;
        // A check by identifier.
        let started = Date.now();
        const res = await dpopCall(gateway, session, 'POST', '/api/v1/checks/identifier', {
          body: JSON.stringify({ identifiant: '1234567A', motif: MOTIF, caseReference: `HOSTILE-1-${name}` }),
        });
        const checkMs = Date.now() - started;
        tally.tries += 1;
        expect(checkMs, name).toBeLessThan(20_000);
        let checkWhat: string;
        if (name === 'html-script') {
          // Nothing of an event in API Particulier's answer: an ordinary result.
          expect(res.status).toBe(200);
          checkWhat = '200';
          await res.arrayBuffer();
        } else {
          const problem = await asProblem(res);
          expect([502, 504], name).toContain(res.status);
          expect(problem.ok, name).toBe(true);
          checkWhat = `${res.status} ${problem.ok ? problem.problem.code : '?'}`;
          tally.refusals += 1;
        }
        const entries = await handle.db
          .selectFrom('journal_entries as i')
          .innerJoin('journal_entries as o', 'o.check_id', 'i.id')
          .select(['o.outcome', 'o.error_code'])
          .where('i.case_reference', '=', `HOSTILE-1-${name}`)
          .execute();
        tally.entries += 2;
        expect(entries.length, name).toBe(1);
        const journaled = `${entries[0]?.outcome}${entries[0]?.error_code ? ` (${entries[0].error_code})` : ''}`;
        if (name === 'html-script') expect(entries[0]?.outcome).toBe('registered');
        else expect(entries[0]?.outcome, name).toBe('error');

        // The events: the copy is due for a refresh, which meets the hostile answer.
        await handle.db
          .updateTable('events_cache')
          .set({ fetched_at: new Date(Date.now() - 10 * 60_000) })
          .execute();
        started = Date.now();
        const events = await dpopCall(gateway, session, 'GET', '/api/v1/events?size=100');
        const eventsMs = Date.now() - started;
        tally.tries += 1;
        expect(eventsMs, name).toBeLessThan(20_000);
        expect(events.status, name).toBe(200);
        expect(events.headers.get('content-type')).toContain('application/json');
        expect(events.headers.get('x-content-type-options')).toBe('nosniff');
        const page = (await events.json()) as {
          stale: boolean;
          total: number;
          events: Array<{ title: string; descriptionHtml: string }>;
        };
        let eventsWhat: string;
        if (name === 'html-script') {
          // Taken as data: served as JSON strings, for the extension's sanitiser (DOMPurify).
          expect(page.stale).toBe(false);
          expect(page.events.some((e) => e.descriptionHtml.includes(HOSTILE_HTML))).toBe(true);
          eventsWhat =
            'fresh copy, hostile HTML kept as JSON text (descriptionHtml) for the extension’s sanitiser';
        } else {
          // Refused: the last good copy, marked stale, whole.
          expect(page.stale, name).toBe(true);
          expect(page.total).toBe(total);
          eventsWhat = 'last copy, stale';
          tally.refusals += 1;
        }
        lines.push(
          `${name}: check ${checkWhat} in ${(checkMs / 1000).toFixed(1)} s, journaled ${journaled}; events ${eventsWhat} in ${(eventsMs / 1000).toFixed(1)} s`,
        );
      }
    } finally {
      clearInterval(sample);
      await fault([]);
    }
    const growthMb = (rssPeak - rssStart) / 1024 / 1024;
    // A coarse bound: the simulator builds its 40 MB and 100,000-level answers in this same
    // process (several copies each). The gateway's own cut-off at 8 MB is pinned by
    // lib/platform/http/http-client.test.ts (maxBodyBytes).
    expect(growthMb).toBeLessThan(600);
    for (const line of lines) tally.hold(line);
    tally.hold(
      `peak RSS growth ${growthMb.toFixed(0)} MB (simulator with its 40 MB answers, gateway and test in one process)`,
    );
    tally.print();
  });
});
