import { compactDecrypt, exportJWK, generateKeyPair } from 'jose';
import * as client from 'openid-client';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CookieJar } from '../../../simulator/test-support';
import type { RunningSimulator } from '../../../simulator/server';
import { TestBrowser, expectRedirect } from '../../test/browser';
import { createTestDatabase, type TestDatabase } from '../../test/databases';
import {
  EXTENSION_ORIGINS,
  EXTENSION_REDIRECT,
  ExtensionClient,
  pickAgent,
  startTestSimulator,
} from '../../test/harness';
import { confirmLogout, personSignsIn } from '../../test/part2-support';
import { personalDataIn, testPeopleStrings } from '../../test/people-strings';
import {
  buildProductionBundle,
  startTwoProcesses,
  type GatewayProcess,
  type LoadBalancer,
} from '../../test/processes';

describe('a FranceConnect check across two gateway processes (production build, one public origin)', () => {
  let simulator: RunningSimulator;
  let testDb: TestDatabase;
  let a: GatewayProcess;
  let b: GatewayProcess;
  let balancer: LoadBalancer;
  let publicUrl: string;

  beforeAll(async () => {
    buildProductionBundle();
    simulator = await startTestSimulator();
    testDb = await createTestDatabase('postgres');
    ({ a, b, balancer, publicUrl } = await startTwoProcesses({
      simulatorUrl: simulator.url,
      database: testDb,
      simulatorUpstreams: true,
    }));
  });
  afterAll(async () => {
    await balancer?.close();
    await Promise.all([a?.stop(), b?.stop()]);
    await testDb?.drop();
    await simulator?.close();
  });

  const on = (process: GatewayProcess) => {
    balancer.target = process;
  };

  it('starts on A, comes back from FranceConnect on B, returns on A, is collected once on B', async () => {
    on(a);
    const ext = await ExtensionClient.create(`${publicUrl}/oauth`);
    const browser = new TestBrowser(EXTENSION_ORIGINS);
    const request = await ext.authorizationRequest();
    const tokens = await ext.redeem(
      expectRedirect(await pickAgent(browser, await browser.visit(request.url), 'riom-agent')),
      request,
    );
    const api = (method: 'GET' | 'POST', path: string, body?: unknown) =>
      client.fetchProtectedResource(
        ext.config,
        tokens.access_token,
        new URL(path, publicUrl),
        method,
        body === undefined ? undefined : JSON.stringify(body),
        new Headers(body === undefined ? {} : { 'content-type': 'application/json' }),
        { DPoP: ext.dpop },
      );
    const pair = await generateKeyPair('ECDH-ES', { crv: 'P-256', extractable: false });
    const started = await api('POST', '/api/v1/checks/franceconnect', {
      motif: 'Accompagnement vers l’emploi',
      caseReference: 'AE-2026-5',
      oneTimeKey: await exportJWK(pair.publicKey),
      returnUri: EXTENSION_REDIRECT,
    });
    expect(started.status).toBe(201);
    const { checkId, authorizationUrl } = (await started.json()) as {
      checkId: string;
      authorizationUrl: string;
    };

    const jar = new CookieJar();
    const callback = await personSignsIn(simulator, jar, authorizationUrl, 'autoriser');
    expect(callback.origin).toBe(publicUrl);
    on(b);
    const afterCallback = await fetch(callback.href, { redirect: 'manual' });
    expect(afterCallback.status).toBe(303);
    const endSession = afterCallback.headers.get('location') ?? '';
    expect(endSession).toContain('/franceconnect/session/end');

    const loggedOut = await confirmLogout(simulator, jar, endSession);
    on(a);
    const back = await fetch(loggedOut.href, { redirect: 'manual' });
    expect(back.headers.get('location')).toBe(`${EXTENSION_REDIRECT}?check=${checkId}`);

    on(b);
    const collected = await api('GET', `/api/v1/checks/franceconnect/${checkId}/result`);
    expect(collected.status).toBe(200);
    const { sealedResult } = (await collected.json()) as { sealedResult: string };
    const { plaintext } = await compactDecrypt(sealedResult, pair.privateKey);
    expect(JSON.parse(new TextDecoder().decode(plaintext))).toMatchObject({
      checkId,
      found: true,
      status: { source: 'franceconnect' },
    });
    on(a);
    const twice = await api('GET', `/api/v1/checks/franceconnect/${checkId}/result`);
    expect(twice.status).toBe(404);
    // After the whole flow: nothing of the person in the database nor in either process's logs.
    const handle = await testDb.open();
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(
      handle.db,
    );
    let dump = '';
    for (const { table_name } of tables.rows) {
      const rows = await sql<{
        row: unknown;
      }>`select row_to_json(t) as row from ${sql.table(table_name)} t`.execute(handle.db);
      dump += rows.rows.map((r) => JSON.stringify(r.row)).join('\n');
    }
    await handle.close();
    const people = testPeopleStrings();
    expect(dump).toContain(checkId);
    expect(personalDataIn(dump, people)).toEqual([]);
    expect(personalDataIn(a.output.join('') + b.output.join(''), people)).toEqual([]);
    console.warn(
      `[figures] FranceConnect check across processes: served by a ${balancer.served.get('a')}, by b ${balancer.served.get('b')}; dump ${dump.length} chars, logs ${a.output.join('').length + b.output.join('').length} chars, 0 of ${people.length} personal strings`,
    );
  });
});
