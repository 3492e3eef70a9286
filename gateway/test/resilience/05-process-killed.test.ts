/**
 * One of two gateway processes (the production build, one PostgreSQL) killed with SIGKILL in
 * the middle of checks (API Particulier made slow by the simulator's `lent` fault, so they
 * are in flight) and of a FranceConnect flow: the other process goes on and finishes the flow;
 * at the killed one's restart its open checks are closed as "interrompue" (interrupted) in the
 * journal; no entry is lost (the chain verifies, sequences without gaps, one outcome per check).
 */
import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CookieJar } from '../../../simulator/test-support';
import { verifyJournal } from '../../src/journal/store';
import type { DatabaseHandle } from '../../src/db/open';
import { TestBrowser, expectRedirect } from '../browser';
import { createTestDatabase, type TestDatabase } from '../databases';
import { EXTENSION_ORIGINS, EXTENSION_REDIRECT, ExtensionClient, pickAgent } from '../harness';
import { confirmLogout, personSignsIn, startCountedSimulator, type CountedSimulator } from '../part2-support';
import { spawnGateway, startTwoProcesses, type GatewayProcess, type LoadBalancer } from '../processes';
import { dpopProof } from '../dpop';
import { Tally, keepForScan, type Session } from './support';

const MOTIF = 'Accompagnement vers l’emploi';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a gateway process killed mid-checks and mid-FranceConnect flow (production build, PostgreSQL)', () => {
  let sim: CountedSimulator;
  let testDb: TestDatabase;
  let handle: DatabaseHandle;
  let a: GatewayProcess;
  let b: GatewayProcess;
  let restarted: GatewayProcess | undefined;
  let balancer: LoadBalancer;
  let publicUrl: string;
  let env: Record<string, string>;
  let documentFor: () => Promise<Record<string, unknown>>;
  const outputs: string[] = [];

  beforeAll(async () => {
    sim = await startCountedSimulator();
    testDb = await createTestDatabase('postgres');
    ({ a, b, balancer, publicUrl, env, documentFor } = await startTwoProcesses({
      simulatorUrl: sim.url,
      database: testDb,
      simulatorUpstreams: true,
    }));
    handle = await testDb.open();
  });
  afterAll(async () => {
    for (const p of [a, b, restarted]) if (p) outputs.push(p.output.join(''));
    keepForScan('process-killed-logs', outputs.join('\n'));
    await balancer?.close();
    await Promise.all([a?.stop(), restarted?.stop()]);
    await handle?.close();
    await sim?.close();
  });

  /** A DPoP call straight to one process (the proof names the public URL, as behind the proxy). */
  const callOn = async (
    process: GatewayProcess,
    session: Session,
    method: string,
    path: string,
    body?: unknown,
  ) =>
    fetch(`http://127.0.0.1:${process.port}${path}`, {
      method,
      headers: {
        authorization: `DPoP ${session.accessToken}`,
        dpop: await dpopProof(session.keyPair, {
          htm: method,
          htu: `${publicUrl}${path}`,
          accessToken: session.accessToken,
        }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      redirect: 'manual',
    });

  it('the other process goes on, interrupted checks are closed at restart, no entry is lost', async () => {
    const tally = new Tally('faults: one of two processes SIGKILLed');
    balancer.target = a;
    const ext = await ExtensionClient.create(`${publicUrl}/oauth`);
    const browser = new TestBrowser(EXTENSION_ORIGINS);
    const request = await ext.authorizationRequest();
    const tokens = await ext.redeem(
      expectRedirect(await pickAgent(browser, await browser.visit(request.url), 'riom-agent')),
      request,
    );
    const session: Session = { keyPair: ext.keyPair, accessToken: tokens.access_token };

    // A FranceConnect flow started on B.
    const pair = await generateKeyPair('ECDH-ES', { crv: 'P-256' });
    const started = await callOn(b, session, 'POST', '/api/v1/checks/franceconnect', {
      motif: MOTIF,
      caseReference: 'FC-KILL-1',
      oneTimeKey: await exportJWK(pair.publicKey),
      returnUri: EXTENSION_REDIRECT,
    });
    expect(started.status).toBe(201);
    const { checkId: fcCheck, authorizationUrl } = (await started.json()) as {
      checkId: string;
      authorizationUrl: string;
    };

    // Slow upstream: checks stay in flight on both processes.
    await fetch(`${sim.url}/__admin/faults`, {
      method: 'POST',
      body: JSON.stringify({ pannes: ['lent'], lentMs: 2500 }),
    });
    tally.faults += 1;
    const onB = Array.from({ length: 6 }, (_, i) =>
      callOn(b, session, 'POST', '/api/v1/checks/identifier', {
        identifiant: '1234567A',
        motif: MOTIF,
        caseReference: `KILL-B-${i}`,
      })
        .then((res) => res.status)
        .catch(() => 'no answer' as const),
    );
    const onA = Array.from({ length: 6 }, (_, i) =>
      callOn(a, session, 'POST', '/api/v1/checks/identifier', {
        identifiant: '1234567A',
        motif: MOTIF,
        caseReference: `KILL-A-${i}`,
      }).then(async (res) => ({
        status: res.status,
        body: (await res.json()) as { checkId?: string },
      })),
    );
    await sleep(1200);
    const openBeforeKill = await handle.db
      .selectFrom('journal_entries')
      .select('id')
      .where('kind', '=', 'check_intent')
      .execute();
    await b.kill();
    tally.faults += 1;
    const bAnswers = await Promise.all(onB);
    const aAnswers = await Promise.all(onA);
    await fetch(`${sim.url}/__admin/faults`, { method: 'POST', body: JSON.stringify({ pannes: [] }) });
    tally.tries += 12;
    // A went on: each of its checks answered.
    expect(aAnswers.map((x) => x.status)).toEqual(Array(6).fill(200));
    expect(bAnswers.every((x) => x === 'no answer')).toBe(true);
    tally.refusals += bAnswers.length;

    // The FranceConnect flow B started finishes on A (the callback and the collect).
    balancer.target = a;
    const jar = new CookieJar();
    const callback = await personSignsIn(sim, jar, authorizationUrl, 'autoriser');
    const afterCallback = await fetch(callback.href, { redirect: 'manual' });
    expect(afterCallback.status).toBe(303);
    const loggedOut = await confirmLogout(sim, jar, afterCallback.headers.get('location') ?? '');
    const back = await fetch(loggedOut.href, { redirect: 'manual' });
    expect(back.headers.get('location')).toBe(`${EXTENSION_REDIRECT}?check=${fcCheck}`);
    const collected = await callOn(a, session, 'GET', `/api/v1/checks/franceconnect/${fcCheck}/result`);
    expect(collected.status).toBe(200);
    tally.tries += 2;

    // B restarts; its checks left open are closed as interrupted (once they are 40 s old).
    restarted = await spawnGateway('b-restarted', await documentFor(), env);
    const open = async () =>
      (
        await handle.db
          .selectFrom('journal_entries as i')
          .leftJoin('journal_entries as o', (join) =>
            join.onRef('o.check_id', '=', 'i.id').on('o.kind', '=', 'check_outcome'),
          )
          .select(['i.id', 'o.outcome'])
          .where('i.kind', '=', 'check_intent')
          .execute()
      ).filter((row) => row.outcome === null);
    const openAfterKill = (await open()).length;
    expect(openAfterKill).toBeGreaterThan(0);
    const deadline = Date.now() + 70_000;
    while ((await open()).length > 0 && Date.now() < deadline) await sleep(1000);
    expect(await open()).toEqual([]);

    const entries = await handle.db
      .selectFrom('journal_entries')
      .select(['seq', 'kind', 'check_id', 'outcome', 'id'])
      .where('organisation_id', '=', 'ville-de-riom')
      .orderBy('seq')
      .execute();
    tally.entries = entries.length;
    entries.forEach((e, i) => expect(Number(e.seq)).toBe(i + 1));
    const intents = entries.filter((e) => e.kind === 'check_intent');
    const outcomes = entries.filter((e) => e.kind === 'check_outcome');
    for (const intent of intents)
      expect(outcomes.filter((o) => o.check_id === intent.id).length, intent.id).toBe(1);
    const interrupted = outcomes.filter((o) => o.outcome === 'interrupted').length;
    expect(interrupted).toBe(openAfterKill);
    for (const x of aAnswers)
      expect(outcomes.find((o) => o.check_id === x.body.checkId)?.outcome).toBe('registered');
    expect(outcomes.find((o) => o.check_id === fcCheck)?.outcome).toBe('registered');
    expect(sim.apiParticulierCalls.length).toBeLessThanOrEqual(intents.length);
    const report = await verifyJournal(handle.db, 'ville-de-riom');
    expect(report.ok).toBe(true);
    // The restarted process serves again.
    const again = await callOn(restarted, session, 'GET', '/api/v1/me');
    expect(again.status).toBe(200);
    tally.hold(
      `A answered its 6 checks while B died with ${bAnswers.length} in flight (${openBeforeKill.length} intents journaled by then); the FranceConnect flow started on B finished and was collected on A; ` +
        `at B's restart ${interrupted} open check(s) closed as interrupted; ${intents.length} checks, one outcome each, sequences 1–${entries.length} without a gap, chain verified`,
    );
    tally.print();
  }, 240_000);
});
