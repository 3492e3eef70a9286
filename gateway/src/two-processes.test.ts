import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../simulator/server';
import { TestBrowser, expectRedirect } from '../test/browser';
import type { TestDatabase } from '../test/databases';
import { createTestDatabase } from '../test/databases';
import { dpopProof } from '../test/dpop';
import { EXTENSION_ORIGINS, ExtensionClient, pickAgent, startTestSimulator } from '../test/harness';
import type { GatewayProcess, LoadBalancer } from '../test/processes';
import { startTwoProcesses } from '../test/processes';
import { MIGRATIONS } from './db/migrations';

describe('two gateway processes on one PostgreSQL (production build, behind one public origin)', () => {
  let simulator: RunningSimulator;
  let testDb: TestDatabase;
  let a: GatewayProcess;
  let b: GatewayProcess;
  let balancer: LoadBalancer;
  let publicUrl: string;
  let issuer: string;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    testDb = await createTestDatabase('postgres');
    // Both processes share the configuration's keys and database; only their listening port differs.
    ({ a, b, balancer, publicUrl } = await startTwoProcesses({
      simulatorUrl: simulator.url,
      database: testDb,
    }));
    issuer = `${publicUrl}/oauth`;
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

  it('signs in on one process, uses and refreshes the tokens on the other, and a revocation on either holds on both', async () => {
    on(a);
    const ext = await ExtensionClient.create(issuer);
    const browser = new TestBrowser(EXTENSION_ORIGINS);
    const request = await ext.authorizationRequest();
    const callback = expectRedirect(await pickAgent(browser, await browser.visit(request.url), 'riom-agent'));
    const tokens = await ext.redeem(callback, request);
    const servedByA = balancer.served.get('a') ?? 0;
    expect(servedByA).toBeGreaterThan(4);

    on(b);
    const me = await ext.api(publicUrl, '/api/v1/me', tokens.access_token);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ organisation: { id: 'ville-de-riom' }, role: 'agent' });

    // A proof used on B is a replay on A.
    const meUrl = `${publicUrl}/api/v1/me`;
    const proof = await dpopProof(ext.keyPair, { htm: 'GET', htu: meUrl, accessToken: tokens.access_token });
    const headers = { authorization: `DPoP ${tokens.access_token}`, dpop: proof };
    expect((await fetch(meUrl, { headers })).status).toBe(200);
    on(a);
    const replay = await fetch(meUrl, { headers });
    expect(await replay.json()).toMatchObject({ code: 'dpop-proof-replayed' });

    // Rotate on B; the rotated-away token reused on A revokes the family everywhere.
    on(b);
    const rotated = await ext.refresh(tokens.refresh_token!);
    on(a);
    expect((await ext.api(publicUrl, '/api/v1/me', rotated.access_token)).status).toBe(200);
    await expect(ext.refresh(tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    on(b);
    expect((await ext.api(publicUrl, '/api/v1/me', rotated.access_token)).status).toBe(401);
    await expect(ext.refresh(rotated.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    expect(balancer.served.get('b')).toBeGreaterThan(3);
  });

  it('revokes on one process what the other issued', async () => {
    on(a);
    const ext = await ExtensionClient.create(issuer);
    const browser = new TestBrowser(EXTENSION_ORIGINS);
    const request = await ext.authorizationRequest();
    const callback = expectRedirect(await pickAgent(browser, await browser.visit(request.url), 'ccas-agent'));
    // The code is redeemed on the other process.
    on(b);
    const tokens = await ext.redeem(callback, request);
    on(a);
    expect((await ext.api(publicUrl, '/api/v1/me', tokens.access_token)).status).toBe(200);
    on(b);
    await ext.revoke(tokens.refresh_token!);
    on(a);
    expect((await ext.api(publicUrl, '/api/v1/me', tokens.access_token)).status).toBe(401);
    await expect(ext.refresh(tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('reports both processes ready on the shared database', async () => {
    for (const process of [a, b]) {
      const ready = await fetch(`http://127.0.0.1:${process.port}/ready`);
      expect(await ready.json()).toEqual({
        status: 'ready',
        database: 'postgres',
        migrations: Object.keys(MIGRATIONS).length,
      });
    }
  });
});
