import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test/databases';
import { DATABASE_KINDS, createTestDatabase } from '../../test/databases';
import { findAgent, recordSignIn } from '../agents/repository';
import { proofId, rememberProof } from '../api/dpop-replay';
import { databaseAdapter } from '../oauth/adapter';
import { syncOrganisations } from '../organisations/sync';
import { purgeExpired } from './maintenance';
import { migrateToLatest, migrationState } from './migrate';
import { MIGRATIONS } from './migrations';
import type { DatabaseHandle } from './open';

const ORG = {
  id: 'ville-de-riom',
  name: 'Ville de Riom',
  siret: '21630300400016',
} as Parameters<typeof syncOrganisations>[1][number];

describe.each(DATABASE_KINDS)('storage on %s', (kind) => {
  let testDb: TestDatabase;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
    handle = await testDb.open();
  });
  afterAll(async () => {
    await handle?.close();
    await testDb?.drop();
  });

  it('applies the migrations once, reports them applied, and finds the tables', async () => {
    expect(await migrationState(handle.db)).toEqual({ applied: [], pending: Object.keys(MIGRATIONS) });
    expect(await migrateToLatest(handle.db)).toEqual(Object.keys(MIGRATIONS));
    expect(await migrateToLatest(handle.db)).toEqual([]);
    expect(await migrationState(handle.db)).toEqual({ applied: Object.keys(MIGRATIONS), pending: [] });
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = 'public' order by table_name`.execute(
      handle.db,
    );
    expect(tables.rows.map((r) => r.table_name)).toEqual([
      'agents',
      'dpop_proofs',
      'gateway_migrations',
      'gateway_migrations_lock',
      'oidc_payloads',
      'organisations',
      'proconnect_logins',
      'proconnect_sessions',
      'sign_outs',
    ]);
  });

  it('keeps organisations in step with the configuration', async () => {
    await syncOrganisations(handle.db, [ORG]);
    await syncOrganisations(handle.db, [{ ...ORG, name: 'Commune de Riom' }]);
    const rows = await handle.db.selectFrom('organisations').select(['id', 'name', 'siret']).execute();
    expect(rows).toEqual([{ id: 'ville-de-riom', name: 'Commune de Riom', siret: '21630300400016' }]);
  });

  it('records an agent at each sign-in, keeping its id and first sighting', async () => {
    const signIn = {
      organisationId: 'ville-de-riom',
      sub: 'sub-camille',
      idp: 'idp-riom',
      siret: '21630300400016',
      email: 'camille.martin@ville-riom.fr',
      givenName: 'Camille',
      usualName: 'Martin',
      role: 'agent' as const,
    };
    const first = await recordSignIn(handle.db, signIn);
    const again = await recordSignIn(handle.db, { ...signIn, role: 'dpo', email: 'c.martin@ville-riom.fr' });
    expect(again.id).toBe(first.id);
    expect(again.first_seen_at).toEqual(first.first_seen_at);
    expect(again.last_seen_at.getTime()).toBeGreaterThanOrEqual(first.last_seen_at.getTime());
    expect(await findAgent(handle.db, first.id)).toMatchObject({
      role: 'dpo',
      email: 'c.martin@ville-riom.fr',
    });
    expect(await findAgent(handle.db, 'not-a-uuid')).toBeUndefined();
  });

  describe('the authorization server adapter', () => {
    const Adapter = () => databaseAdapter(handle.db);

    it('stores, finds (by id and uid), and destroys artefacts; expired ones are not found', async () => {
      const sessions = new (Adapter())('Session');
      await sessions.upsert('s1', { uid: 'u1', accountId: 'a1', exp: 1 }, 60);
      expect(await sessions.find('s1')).toEqual({ uid: 'u1', accountId: 'a1', exp: 1 });
      expect(await sessions.findByUid('u1')).toEqual({ uid: 'u1', accountId: 'a1', exp: 1 });
      await sessions.upsert('s1', { uid: 'u1', accountId: 'a2' }, 60);
      expect(await sessions.find('s1')).toEqual({ uid: 'u1', accountId: 'a2' });
      await sessions.destroy('s1');
      expect(await sessions.find('s1')).toBeUndefined();

      await sessions.upsert('old', { uid: 'u-old' }, -1);
      expect(await sessions.find('old')).toBeUndefined();
      await purgeExpired(handle.db);
      const left = await handle.db.selectFrom('oidc_payloads').select('id').where('id', '=', 'old').execute();
      expect(left).toEqual([]);
    });

    it('consumes a refresh token once; a second consumption revokes its whole grant', async () => {
      const refresh = new (Adapter())('RefreshToken');
      const access = new (Adapter())('AccessToken');
      await refresh.upsert('r1', { grantId: 'g1' }, 600);
      await access.upsert('a1', { grantId: 'g1' }, 600);
      await access.upsert('a-other', { grantId: 'g2' }, 600);
      await refresh.consume('r1');
      expect(await refresh.find('r1')).toMatchObject({ grantId: 'g1', consumed: expect.any(Number) });
      await expect(refresh.consume('r1')).rejects.toMatchObject({ error: 'invalid_grant' });
      expect(await refresh.find('r1')).toBeUndefined();
      expect(await access.find('a1')).toBeUndefined();
      expect(await access.find('a-other')).toEqual({ grantId: 'g2' });
    });

    it('revokes by grant within its model', async () => {
      const access = new (Adapter())('AccessToken');
      const refresh = new (Adapter())('RefreshToken');
      await access.upsert('a3', { grantId: 'g3' }, 600);
      await refresh.upsert('r3', { grantId: 'g3' }, 600);
      await access.revokeByGrantId('g3');
      expect(await access.find('a3')).toBeUndefined();
      expect(await refresh.find('r3')).toEqual({ grantId: 'g3' });
    });

    it('accepts a DPoP replay id once', async () => {
      const replay = new (Adapter())('ReplayDetection');
      await replay.upsert('j1', { iss: 'client' }, 60);
      await expect(replay.upsert('j1', { iss: 'client' }, 60)).rejects.toMatchObject({
        error: 'invalid_dpop_proof',
      });
    });
  });

  it('accepts an API DPoP proof once, across connections', async () => {
    const id = proofId('thumbprint', 'jti-1');
    const expires = new Date(Date.now() + 60_000);
    expect(await rememberProof(handle.db, id, expires)).toBe(true);
    const other = await (kind === 'postgres' ? testDb.open() : Promise.resolve(handle));
    try {
      expect(await rememberProof(other.db, id, expires)).toBe(false);
    } finally {
      if (other !== handle) await other.close();
    }
    expect(await rememberProof(handle.db, proofId('other-key', 'jti-1'), expires)).toBe(true);
  });
});

describe('PGlite keeps its data across restarts', () => {
  it('finds the migrations and rows after reopening the data directory', async () => {
    const testDb = await createTestDatabase('pglite');
    try {
      const first = await testDb.open();
      await migrateToLatest(first.db);
      await syncOrganisations(first.db, [ORG]);
      await first.close();
      const second = await testDb.open();
      expect(await migrateToLatest(second.db)).toEqual([]);
      expect(await second.db.selectFrom('organisations').select('id').execute()).toEqual([
        { id: 'ville-de-riom' },
      ]);
      await second.close();
    } finally {
      await testDb.drop();
    }
    // Two PGlite starts (each one initialises or recovers a data directory in WebAssembly).
  }, 120_000);
});

describe('two processes migrating one PostgreSQL at once', () => {
  it('applies each migration exactly once', async () => {
    const testDb = await createTestDatabase('postgres');
    const [a, b] = await Promise.all([testDb.open(), testDb.open()]);
    try {
      const applied = await Promise.all([migrateToLatest(a!.db), migrateToLatest(b!.db)]);
      expect(applied.flat()).toEqual(Object.keys(MIGRATIONS));
    } finally {
      await a?.close();
      await b?.close();
      await testDb.drop();
    }
  });
});
