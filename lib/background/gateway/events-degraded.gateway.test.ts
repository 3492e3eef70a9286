// @vitest-environment node
import 'fake-indexeddb/auto';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect } from 'kysely';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Schema } from '../../../gateway/src/db/schema';
import { simulatorUpstreams } from '../../../gateway/src/part2/upstreams';
import { createTestDatabase, type TestDatabase } from '../../../gateway/test/databases';
import { startTestGateway, startTestSimulator, type TestGateway } from '../../../gateway/test/harness';
import type { RunningSimulator } from '../../../simulator/server';
import { deleteDpopKey } from '../../agent-session/dpop-key';
import { clearGatewayDiscoveryCache } from '../../agent-session/gateway-oauth';
import { agentIdentity, signedInSession } from '../../agent-session/real-gateway.test-support';
import { refreshEventsCache } from '../../events/refresh';
import { eventsCacheItem, eventsRefreshFailureItem } from '../../platform/storage/items';
import { createGatewayBackend } from './backend';

/**
 * The extension's events source against the REAL gateway whose database (PGlite) is closed
 * under it: the gateway's degraded answer (its process's last copy, with its age) is parsed
 * and kept as a list that could not be updated, dated when France Travail gave it.
 */
describe('events from a gateway whose database is down', { timeout: 90_000 }, () => {
  let simulator: RunningSimulator;
  let database: TestDatabase;
  let pglite: PGlite;
  let gateway: TestGateway;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    database = await createTestDatabase('pglite');
    pglite = await PGlite.create({ dataDir: database.dataDir! });
    const db = new Kysely<Schema>({ dialect: new PGliteDialect({ pglite }) });
    const url = simulator.url;
    gateway = await startTestGateway({
      simulator,
      database,
      handle: { db, kind: 'pglite', description: 'PGlite', close: () => db.destroy() },
      edit: (document) => {
        document.upstreams = simulatorUpstreams(url);
      },
    });
    fakeBrowser.reset();
    clearGatewayDiscoveryCache();
    await deleteDpopKey();
  }, 120_000);
  afterAll(async () => {
    await gateway?.close().catch(() => undefined);
    await pglite?.close().catch(() => undefined);
    await database?.drop();
    await simulator?.close();
  });

  it('keeps the gateway’s last copy with its age, shown as a list that could not be updated', async () => {
    const identity = agentIdentity('riom-agent');
    const session = await signedInSession(gateway, identity);
    const backend = createGatewayBackend({ session, gatewayUrl: gateway.url, identity });
    const settings = await backend.settings();
    const source = backend.events(settings);
    const first = await refreshEventsCache(source, settings.departements, { force: true });
    expect(first.ok && first.value.count).toBeGreaterThan(0);
    const fetchedAt = (await eventsCacheItem.getValue())?.fetchedAt ?? '';
    expect(await eventsRefreshFailureItem.getValue()).toBeNull();

    await pglite.close();
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const now = Date.now();
    const again = await refreshEventsCache(source, settings.departements, { force: true, now });
    expect(again.ok, JSON.stringify(again)).toBe(true);
    const cache = await eventsCacheItem.getValue();
    expect(cache?.events.length).toBe(first.ok ? first.value.count : -1);
    // Dated by the gateway's copy (two seconds old at least), not by this refresh.
    expect(now - Date.parse(cache?.fetchedAt ?? '')).toBeGreaterThanOrEqual(2000);
    expect(Math.abs(Date.parse(cache?.fetchedAt ?? '') - Date.parse(fetchedAt))).toBeLessThan(1500);
    const failure = await eventsRefreshFailureItem.getValue();
    expect(failure?.code).toBe('server');
    // Newer than the list: the events panel and the popup show the older list, and why
    // (components/events/use-refresh.ts failureSince, RefreshStatus).
    expect(Date.parse(failure?.at ?? '')).toBeGreaterThan(Date.parse(cache?.fetchedAt ?? ''));
  });
});
