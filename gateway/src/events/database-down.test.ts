/**
 * The database unreachable (a real PostgreSQL stopped with pg_ctl; PGlite closed): the events
 * route answers from the last copy this process read, with its age and marked degraded, to a
 * caller whose token this process verified before and whose proof verifies locally; every
 * other route keeps its 503; on PostgreSQL, the shared copy is served again when it returns.
 */
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dpopProof, otherKeyPair } from '../../test/dpop';
import type { TestDatabase } from '../../test/databases';
import { createTestDatabase } from '../../test/databases';
import { startTestGateway, type TestGateway } from '../../test/harness';
import { startCountedSimulator, type CountedSimulator } from '../../test/part2-support';
import { startPostgresCluster, type PostgresCluster } from '../../test/postgres-cluster';
import { asProblem, dpopCall, signedInSession, type Session } from '../../test/resilience/support';
import { openPostgres, type DatabaseHandle } from '../db/open';
import type { Schema } from '../db/schema';
import { simulatorUpstreams } from '../part2/upstreams';

interface Page {
  fetchedAt: string;
  ageSeconds: number;
  stale: boolean;
  degraded: boolean;
  total: number;
  events: unknown[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(['postgres', 'pglite'] as const)('events while the database is unreachable (%s)', (kind) => {
  let sim: CountedSimulator;
  let cluster: PostgresCluster | undefined;
  let database: TestDatabase;
  let handle: DatabaseHandle | undefined;
  let pglite: PGlite | undefined;
  let gateway: TestGateway;

  beforeAll(async () => {
    sim = await startCountedSimulator();
    if (kind === 'postgres') {
      // A cluster of its own: it is really stopped and started again.
      const own = await startPostgresCluster();
      cluster = own;
      database = {
        kind,
        url: own.adminUrl,
        open: async () => openPostgres(own.adminUrl, 5),
        drop: async () => undefined,
      };
    } else {
      database = await createTestDatabase(kind);
      // Opened here so that the test can close the embedded database under the gateway.
      const client = await PGlite.create({ dataDir: database.dataDir! });
      pglite = client;
      const db = new Kysely<Schema>({ dialect: new PGliteDialect({ pglite: client }) });
      handle = { db, kind: 'pglite', description: 'PGlite', close: () => db.destroy() };
    }
    gateway = await startTestGateway({
      simulator: sim,
      database,
      ...(handle ? { handle } : {}),
      edit: (document) => {
        document.upstreams = simulatorUpstreams(sim.url);
      },
    });
  });
  afterAll(async () => {
    await gateway?.close().catch(() => undefined);
    await handle?.close().catch(() => undefined);
    await database?.drop();
    await sim?.close();
    cluster?.stop();
  });

  it('serves the last copy with its age to a locally verified caller, and nothing else', async () => {
    const agent = await signedInSession(gateway, 'riom-agent');
    // Signed in, but whose token this process never verified on the API.
    const unseen: Session = await signedInSession(gateway, 'riom-dpo');
    const before = await dpopCall(gateway, agent, 'GET', '/api/v1/events?size=50');
    expect(before.status).toBe(200);
    const warm = (await before.json()) as Page;
    expect(warm.degraded).toBe(false);
    const fairsBefore = await dpopCall(gateway, agent, 'GET', '/api/v1/events/online-fairs');
    expect(fairsBefore.status).toBe(200);
    await fairsBefore.arrayBuffer();
    const etag = before.headers.get('etag') ?? '';

    if (cluster) cluster.pause();
    else await pglite!.close();
    const eventsCallsAtStop = sim.eventsCalls.length;
    await sleep(1100);

    // The events: the same copy, older, marked degraded and stale, with Age and a stale marker.
    const down = await dpopCall(gateway, agent, 'GET', '/api/v1/events?size=50', {
      headers: { 'if-none-match': etag },
    });
    expect(down.status).toBe(200);
    const page = (await down.json()) as Page;
    expect(page).toMatchObject({ degraded: true, stale: true, fetchedAt: warm.fetchedAt, total: warm.total });
    expect(page.events).toHaveLength(warm.events.length);
    expect(page.ageSeconds).toBeGreaterThanOrEqual(1);
    expect(Number(down.headers.get('age'))).toBe(page.ageSeconds);
    expect(down.headers.get('warning')).toBe('110 - "Response is Stale"');
    const fairs = await dpopCall(gateway, agent, 'GET', '/api/v1/events/online-fairs');
    expect(fairs.status).toBe(200);
    expect(((await fairs.json()) as Page).degraded).toBe(true);
    // Nothing asked of France Travail for it.
    expect(sim.eventsCalls.length).toBe(eventsCallsAtStop);

    // A territory this process never read: no copy, 503.
    const other = await asProblem(await dpopCall(gateway, agent, 'GET', '/api/v1/events?departements=75'));
    expect(other).toMatchObject({ ok: true, problem: { status: 503, code: 'database-unavailable' } });

    // Every other route keeps failing closed.
    for (const [method, path, body] of [
      ['GET', '/api/v1/me', undefined],
      ['GET', '/api/v1/settings', undefined],
      ['GET', '/api/v1/journal/mine', undefined],
      [
        'POST',
        '/api/v1/checks/identifier',
        JSON.stringify({ identifiant: '1234567A', motif: 'Domiciliation', caseReference: 'DB-DOWN-1' }),
      ],
    ] as const) {
      const res = await dpopCall(gateway, agent, method, path, body === undefined ? {} : { body });
      const problem = await asProblem(res);
      expect(problem.ok && problem.problem.status, `${method} ${path}`).toBe(503);
      expect(res.headers.get('retry-after'), `${method} ${path}`).toBeTruthy();
    }

    // The local checks still hold: a token this process never verified, a proof made with
    // another key, a replayed proof, no proof.
    const unseenAnswer = await asProblem(await dpopCall(gateway, unseen, 'GET', '/api/v1/events?size=50'));
    expect(unseenAnswer).toMatchObject({ ok: true, problem: { status: 503, code: 'database-unavailable' } });
    const htu = `${gateway.loaded.config.publicUrl}/api/v1/events`;
    const foreign = await dpopProof(await otherKeyPair(), {
      htm: 'GET',
      htu,
      accessToken: agent.accessToken,
    });
    const wrongKey = await asProblem(
      await dpopCall(gateway, agent, 'GET', '/api/v1/events', { proof: foreign }),
    );
    expect(wrongKey).toMatchObject({ ok: true, problem: { status: 401, code: 'invalid-dpop-proof' } });
    const proof = await dpopProof(agent.keyPair, { htm: 'GET', htu, accessToken: agent.accessToken });
    expect((await dpopCall(gateway, agent, 'GET', '/api/v1/events', { proof })).status).toBe(200);
    const replay = await asProblem(await dpopCall(gateway, agent, 'GET', '/api/v1/events', { proof }));
    expect(replay).toMatchObject({ ok: true, problem: { status: 401, code: 'dpop-proof-replayed' } });
    const noProof = await fetch(`${gateway.url}/api/v1/events`, {
      headers: { authorization: `DPoP ${agent.accessToken}` },
    });
    expect(noProof.status).toBe(401);
    await noProof.arrayBuffer();

    if (!cluster) return; // An embedded PGlite closed does not come back without a restart.
    cluster.resume();
    let back: Page | null = null;
    for (let attempt = 0; attempt < 50 && !back; attempt += 1) {
      const res = await dpopCall(gateway, agent, 'GET', '/api/v1/events?size=50');
      if (res.status === 200) {
        const body = (await res.json()) as Page;
        if (!body.degraded) back = body;
      } else await res.arrayBuffer();
      if (!back) await sleep(200);
    }
    expect(back, 'the shared copy is served again without a restart').not.toBeNull();
    expect(back?.stale).toBe(false);
    const me = await dpopCall(gateway, agent, 'GET', '/api/v1/me');
    expect(me.status).toBe(200);
    await me.arrayBuffer();
  });
});
