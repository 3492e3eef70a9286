import { compactDecrypt, exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GATEWAY_DEMO_CREDENTIALS } from '../../../simulator/data/gateway-clients';
import { CookieJar } from '../../../simulator/test-support';
import {
  RIOM_PROFILE,
  confirmLogout,
  personSignsIn,
  startCountedSimulator,
  type CountedSimulator,
} from '../../test/part2-support';
import { DATABASE_KINDS, createTestDatabase, type TestDatabase } from '../../test/databases';
import { migrateToLatest } from '../db/migrate';
import type { DatabaseHandle } from '../db/open';
import { ProblemError } from '../http/problem';
import { listChecks, verifyJournal } from '../journal/store';
import type { FranceConnectClient } from '../upstream/franceconnect';
import {
  collectFranceConnectCheck,
  expireFranceConnectChecks,
  handleCallback,
  handleLoggedOut,
  handleStart,
  startFranceConnectCheck,
  type FranceConnectCheckDeps,
} from './franceconnect-check';
import { oneTimeKeySchema } from './seal';

const RETURN_URI = 'https://elangemhemgkbajjllcmdnnfleoelhfk.chromiumapp.org/';
// Never listened on: the test plays the browser and hands the callback to a "process".
const PUBLIC_URL = 'http://127.0.0.1:48788';

describe.each(DATABASE_KINDS)(
  'FranceConnect checks on %s, start and callback on different handles',
  (kind) => {
    let sim: CountedSimulator;
    let database: TestDatabase;
    let first: DatabaseHandle;
    let second: DatabaseHandle;
    let fc: FranceConnectClient;
    const deps = (handle: DatabaseHandle): FranceConnectCheckDeps => ({
      db: handle.db,
      publicUrl: PUBLIC_URL,
      statusApiUrl: `${sim.url}/partenaire/fc-statutaugmente/v1/statut`,
      returnUris: [RETURN_URI],
    });

    beforeAll(async () => {
      sim = await startCountedSimulator();
      database = await createTestDatabase(kind);
      first = await database.open();
      await migrateToLatest(first.db);
      // PGlite holds its directory alone: the "second process" shares the first one's handle there.
      second = kind === 'postgres' ? await database.open() : first;
      fc = {
        issuer: sim.issuer,
        clientId: GATEWAY_DEMO_CREDENTIALS.franceConnect.clientId,
        clientSecret: GATEWAY_DEMO_CREDENTIALS.franceConnect.clientSecret,
      };
    });
    afterAll(async () => {
      await sim?.close();
      if (second !== first) await second?.close();
      await first?.close();
      await database?.drop();
    });

    async function start() {
      const pair = await generateKeyPair('ECDH-ES', { crv: 'P-256', extractable: true });
      const oneTimeKey = oneTimeKeySchema.parse(await exportJWK(pair.publicKey));
      const started = await startFranceConnectCheck(deps(first), RIOM_PROFILE, fc, {
        agentId: 'agent-riom',
        motif: 'Domiciliation',
        caseReference: 'D-2026-7',
        oneTimeKey,
        returnUri: RETURN_URI,
      });
      return { ...started, privateKey: pair.privateKey };
    }
    const orgOf = () => ({ profile: RIOM_PROFILE, fc });

    it('reads the status once, ends the FranceConnect session, and the result is collected once, sealed', async () => {
      const { checkId, authorizationUrl, privateKey } = await start();
      expect(new URL(authorizationUrl).searchParams.get('code_challenge_method')).toBe('S256');
      const jar = new CookieJar();
      const callback = await personSignsIn(sim, jar, authorizationUrl, 'autoriser');
      expect(callback.origin + callback.pathname).toBe(`${PUBLIC_URL}/checks/franceconnect/callback`);

      const next = await handleCallback(deps(second), callback, orgOf);
      if (!('redirect' in next)) throw new Error(next.page.message);
      expect(next.redirect).toContain('/franceconnect/session/end');
      // The row holds ciphertext only: nothing of the person is readable in the database.
      const row = await first.db.selectFrom('franceconnect_checks').selectAll().executeTakeFirstOrThrow();
      expect(row.sealed_result?.split('.')).toHaveLength(5);
      expect(JSON.stringify(row)).not.toMatch(/dupont/i);
      // A replayed callback claims nothing.
      expect(await handleCallback(deps(first), callback, orgOf)).toMatchObject({ page: { status: 400 } });

      const loggedOut = await confirmLogout(sim, jar, next.redirect);
      expect(loggedOut.pathname).toBe('/checks/franceconnect/logged-out');
      const back = await handleLoggedOut(deps(first), loggedOut.searchParams.get('state'));
      expect(back).toEqual({ redirect: `${RETURN_URI}?check=${checkId}` });

      const collected = await collectFranceConnectCheck(deps(second), RIOM_PROFILE.id, 'agent-riom', checkId);
      const { plaintext } = await compactDecrypt(collected.sealedResult, privateKey);
      const result = JSON.parse(new TextDecoder().decode(plaintext));
      expect(result).toMatchObject({ checkId, found: true, status: { source: 'franceconnect' } });
      await expect(
        collectFranceConnectCheck(deps(first), RIOM_PROFILE.id, 'agent-riom', checkId),
      ).rejects.toMatchObject({
        status: 404,
        code: 'check-not-found',
      });
      const [record] = await listChecks(first.db, RIOM_PROFILE.id, {}, { limit: 1 });
      expect(record).toMatchObject({ checkId, mode: 'franceconnect', outcome: 'registered' });
    });

    it('starts from the gateway’s own URL: the same FranceConnect URL, rebuilt by any process, until the callback', async () => {
      const { checkId, authorizationUrl, startUrl } = await start();
      expect(startUrl).toBe(`${PUBLIC_URL}/checks/franceconnect/${checkId}/start`);
      // No redirect_uri of its own: Firefox's launchWebAuthFlow accepts it.
      expect(new URL(startUrl).searchParams.has('redirect_uri')).toBe(false);
      expect(await handleStart(deps(second), checkId, orgOf)).toEqual({ redirect: authorizationUrl });
      expect(await handleStart(deps(first), crypto.randomUUID(), orgOf)).toMatchObject({
        page: { status: 400 },
      });
      const expiredLater = { ...deps(first), now: () => Date.now() + 11 * 60_000 };
      expect(await handleStart(expiredLater, checkId, orgOf)).toMatchObject({ page: { status: 400 } });

      const callback = await personSignsIn(sim, new CookieJar(), authorizationUrl, 'autoriser');
      expect('redirect' in (await handleCallback(deps(first), callback, orgOf))).toBe(true);
      expect(await handleStart(deps(first), checkId, orgOf)).toMatchObject({ page: { status: 400 } });
    });

    it('journals a refusal and tells the agent in words', async () => {
      const { checkId, authorizationUrl } = await start();
      const callback = await personSignsIn(sim, new CookieJar(), authorizationUrl, 'refuser');
      expect(callback.searchParams.get('error')).toBe('access_denied');
      expect(await handleCallback(deps(second), callback, orgOf)).toEqual({
        redirect: `${RETURN_URI}?check=${checkId}`,
      });
      const problem = await collectFranceConnectCheck(
        deps(first),
        RIOM_PROFILE.id,
        'agent-riom',
        checkId,
      ).catch((e: unknown) => e);
      expect(problem).toBeInstanceOf(ProblemError);
      expect(problem).toMatchObject({ code: 'person-refused', title: expect.stringMatching(/refusé/) });
      const [record] = await listChecks(first.db, RIOM_PROFILE.id, {}, { limit: 1 });
      expect(record).toMatchObject({ checkId, outcome: 'refused' });
      expect(await verifyJournal(first.db, RIOM_PROFILE.id)).toMatchObject({ ok: true });
    });

    it('journals “statut augmenté” down and an abandoned flow each with its own outcome and words', async () => {
      const down = await start();
      const callback = await personSignsIn(sim, new CookieJar(), down.authorizationUrl, 'autoriser');
      sim.state.faults.set(['503']);
      try {
        const next = await handleCallback(deps(second), callback, orgOf);
        expect('redirect' in next && next.redirect).toContain('/franceconnect/session/end');
      } finally {
        sim.state.faults.set([]);
      }
      await expect(
        collectFranceConnectCheck(deps(first), RIOM_PROFILE.id, 'agent-riom', down.checkId),
      ).rejects.toMatchObject({
        status: 502,
        code: 'status-unavailable',
        title: expect.stringMatching(/France Travail est indisponible/),
      });

      const abandoned = await start();
      // The window was closed: nothing comes back; the hourly maintenance journals it.
      expect(
        await expireFranceConnectChecks(first.db, new Date(Date.now() + 11 * 60_000)),
      ).toBeGreaterThanOrEqual(1);
      const records = await listChecks(first.db, RIOM_PROFILE.id, {}, { limit: 10 });
      expect(records.find((r) => r.checkId === down.checkId)).toMatchObject({
        outcome: 'status_unavailable',
      });
      expect(records.find((r) => r.checkId === abandoned.checkId)).toMatchObject({ outcome: 'timeout' });
      expect(await verifyJournal(first.db, RIOM_PROFILE.id)).toMatchObject({ ok: true });
    });

    it('refuses a return URI outside the configuration and a foreign agent’s collection', async () => {
      const pair = await generateKeyPair('ECDH-ES', { crv: 'P-256', extractable: true });
      const oneTimeKey = oneTimeKeySchema.parse(await exportJWK(pair.publicKey));
      await expect(
        startFranceConnectCheck(deps(first), RIOM_PROFILE, fc, {
          agentId: 'agent-riom',
          motif: 'Domiciliation',
          caseReference: 'D-1',
          oneTimeKey,
          returnUri: 'https://evil.example/',
        }),
      ).rejects.toMatchObject({ status: 422 });
      const { checkId } = await start();
      await expect(
        collectFranceConnectCheck(deps(first), RIOM_PROFILE.id, 'agent-other', checkId),
      ).rejects.toMatchObject({
        status: 404,
      });
    });
  },
);
