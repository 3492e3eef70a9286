import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../../../lib/settings/core/demo-credentials';
import { startCountedSimulator, type CountedSimulator } from '../../test/part2-support';
import { DATABASE_KINDS, createTestDatabase, type TestDatabase } from '../../test/databases';
import { migrateToLatest } from '../db/migrate';
import type { DatabaseHandle } from '../db/open';
import { createLimiter, limiterKey } from '../upstream/limiter';
import { territoryEvents, type EventsDeps } from './cache';
import { createPartnerTokens } from './partner-token';

describe.each(DATABASE_KINDS)('shared events cache on %s', (kind) => {
  let sim: CountedSimulator;
  let database: TestDatabase;
  let handles: DatabaseHandle[];
  let deps: EventsDeps[];

  beforeAll(async () => {
    sim = await startCountedSimulator();
    database = await createTestDatabase(kind);
    const first = await database.open();
    await migrateToLatest(first.db);
    handles = kind === 'postgres' ? [first, await database.open()] : [first];
    const client = {
      tokenUrl: `${sim.url}/connexion/oauth2/access_token?realm=/partenaire`,
      clientId: DEMO_CREDENTIALS.partner.clientId,
      clientSecret: DEMO_CREDENTIALS.partner.clientSecret,
      scope: DEMO_CREDENTIALS.partner.scope,
    };
    deps = handles.map((handle) => ({
      db: handle.db,
      eventsApiUrl: `${sim.url}/partenaire/evenements/v1`,
      tokens: createPartnerTokens(handle.db, client),
      limiter: createLimiter(handle.db, 8),
      limiterKey: limiterKey('events', client.clientId),
    }));
  });
  afterAll(async () => {
    await sim?.close();
    for (const handle of handles ?? []) await handle.close();
    await database?.drop();
  });

  it('N concurrent requests from every pool make one upstream refresh with one partner token', async () => {
    const N = 20;
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) => territoryEvents(deps[i % deps.length]!, ['63'])),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const etags = new Set(results.map((r) => (r.ok ? r.value.etag : '')));
    expect(etags.size).toBe(1);
    const row = await handles[0]!.db
      .selectFrom('events_cache')
      .selectAll()
      .where('territory', '=', '63')
      .executeTakeFirstOrThrow();
    expect(row.refreshes).toBe(1);
    expect(sim.eventsCalls.length).toBe(row.requests);
    expect(sim.eventsCalls.every((c) => c.allowed)).toBe(true);
    expect(sim.partnerTokensIssued).toBe(1);
    const first = results[0];
    expect(first?.ok && first.value.events.length).toBeGreaterThan(0);
    expect(first?.ok && first.value.events.some((e) => e.source === 'salon-en-ligne')).toBe(true);
    console.warn(
      `[figures] events single-flight on ${kind}: ${N} concurrent requests over ${deps.length} pool(s) -> ${row.refreshes} refresh, ${row.requests} upstream requests, ${sim.partnerTokensIssued} partner token`,
    );
  });

  it('serves the last copy with its age when upstream is down', async () => {
    await handles[0]!.db
      .updateTable('events_cache')
      .set({ fetched_at: new Date(Date.now() - 10 * 60_000) })
      .execute();
    sim.state.faults.set(['503']);
    try {
      const result = await territoryEvents(deps[0]!, ['63']);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value).toMatchObject({ stale: true, failureCode: 'server' });
      expect(result.value.ageSeconds).toBeGreaterThanOrEqual(600);
      const row = await handles[0]!.db.selectFrom('events_cache').selectAll().executeTakeFirstOrThrow();
      expect(row.failure_code).toBe('server');
      expect(row.refreshes).toBe(1);
    } finally {
      sim.state.faults.set([]);
    }
  });
});
