import { sql } from 'kysely';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../../test/databases';
import { signIn, startTestGateway, type ExtensionClient, type TestGateway } from '../../test/harness';
import { startCountedSimulator, type CountedSimulator } from '../../test/part2-support';
import { personalDataIn, testPeopleStrings } from '../../test/people-strings';
import type { DatabaseHandle } from '../db/open';
import { simulatorUpstreams } from './upstreams';

/** A DPoP-bound API call with any method and JSON body, as the extension makes it. */
async function call(
  ext: ExtensionClient,
  gateway: TestGateway,
  token: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  try {
    return await client.fetchProtectedResource(
      ext.config,
      token,
      new URL(path, gateway.url),
      method,
      body === undefined ? undefined : JSON.stringify(body),
      new Headers({ ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers }),
      { DPoP: ext.dpop },
    );
  } catch (error) {
    if (error instanceof client.WWWAuthenticateChallengeError) return error.response;
    throw error;
  }
}

const CHECK = { motif: 'Instruction d’une demande d’aide sociale', caseReference: 'AS-2026-0012' };

describe.each(DATABASE_KINDS)('part 2 API through the gateway, DPoP-bound (%s)', (kind) => {
  let sim: CountedSimulator;
  let database: TestDatabase;
  let handle: DatabaseHandle;
  let gateway: TestGateway;
  let second: TestGateway;

  beforeAll(async () => {
    sim = await startCountedSimulator();
    database = await createTestDatabase(kind);
    handle = await database.open();
    const edit = (document: Record<string, unknown>) => {
      document.upstreams = simulatorUpstreams(sim.url);
    };
    gateway = await startTestGateway({ simulator: sim, database, handle, edit });
    // On PostgreSQL a second gateway with its own pool: the checks and tokens cross over.
    second = kind === 'postgres' ? await startTestGateway({ simulator: sim, database, edit }) : gateway;
  });
  afterAll(async () => {
    if (second !== gateway) await second?.close();
    await gateway?.close();
    await handle?.close();
    await database?.drop();
    await sim?.close();
  });

  it('checks by identifier with server-side minimisation per organisation, on either gateway', async () => {
    const riom = await signIn(gateway, 'riom-agent');
    const res = await call(riom.ext, second, riom.tokens.access_token, 'POST', '/api/v1/checks/identifier', {
      ...CHECK,
      identifiant: '1234567A',
    });
    expect(res.status).toBe(200);
    const riomAnswer = (await res.json()) as {
      found: boolean;
      status: { contact: unknown; address: unknown };
    };
    expect(riomAnswer.found).toBe(true);
    expect(riomAnswer.status.contact).not.toBeNull();

    const ccas = await signIn(gateway, 'ccas-agent');
    const ccasRes = await call(
      ccas.ext,
      gateway,
      ccas.tokens.access_token,
      'POST',
      '/api/v1/checks/identifier',
      {
        motif: 'Domiciliation',
        caseReference: 'DOM-2026-3',
        identifiant: '1234567A',
      },
    );
    const ccasAnswer = (await ccasRes.json()) as {
      status: { contact: unknown; address: unknown; identity: unknown };
    };
    expect(ccasRes.status).toBe(200);
    expect(ccasAnswer.status.contact).toBeNull();
    expect(ccasAnswer.status.address).toBeNull();
    expect(ccasAnswer.status.identity).not.toBeNull();

    const refused = await call(
      riom.ext,
      gateway,
      riom.tokens.access_token,
      'POST',
      '/api/v1/checks/identifier',
      {
        ...CHECK,
        motif: 'Curiosité',
        identifiant: '1234567A',
      },
    );
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');

    const settings = await call(riom.ext, gateway, riom.tokens.access_token, 'GET', '/api/v1/settings');
    expect(await settings.json()).toMatchObject({
      organisation: { id: 'ville-de-riom' },
      role: 'agent',
      defaultTerritory: ['63'],
      agentMayChangeTerritory: true,
    });
  });

  it('serves the territory’s events with an ETag, then 304', async () => {
    const { ext, tokens } = await signIn(gateway, 'riom-agent');
    const first = await call(ext, gateway, tokens.access_token, 'GET', '/api/v1/events?size=50');
    expect(first.status).toBe(200);
    const page = (await first.json()) as { total: number; events: unknown[]; stale: boolean };
    expect(page.total).toBeGreaterThan(0);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\//);
    const again = await call(ext, second, tokens.access_token, 'GET', '/api/v1/events?size=50', undefined, {
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
    const fairs = await call(ext, gateway, tokens.access_token, 'GET', '/api/v1/events/online-fairs');
    expect(((await fairs.json()) as { events: unknown[] }).events.length).toBeGreaterThan(0);
  });

  it('answers the DPO’s questions within the organisation only, and journals each of them', async () => {
    const agent = await signIn(gateway, 'riom-agent');
    expect((await call(agent.ext, gateway, agent.tokens.access_token, 'GET', '/api/v1/journal')).status).toBe(
      403,
    );
    const mine = await call(agent.ext, gateway, agent.tokens.access_token, 'GET', '/api/v1/journal/mine');
    expect(((await mine.json()) as { checks: unknown[] }).checks.length).toBeGreaterThan(0);

    const dpo = await signIn(gateway, 'riom-dpo');
    const search = await call(dpo.ext, second, dpo.tokens.access_token, 'POST', '/api/v1/journal/search', {
      identifiant: '1234567a',
    });
    const found = (await search.json()) as { checks: { motif: string; outcome: string }[] };
    expect(found.checks).toEqual([
      expect.objectContaining({
        motif: CHECK.motif,
        outcome: 'registered',
        agent: { givenName: 'Camille', usualName: 'Martin', email: 'camille.martin@ville-riom.fr' },
      }),
    ]);

    const ccasDpo = await signIn(gateway, 'ccas-dpo');
    const ccasSearch = await call(
      ccasDpo.ext,
      gateway,
      ccasDpo.tokens.access_token,
      'POST',
      '/api/v1/journal/search',
      { identifiant: '1234567A' },
    );
    const ccasFound = (await ccasSearch.json()) as { checks: { motif: string }[] };
    expect(ccasFound.checks.map((c) => c.motif)).toEqual(['Domiciliation']);

    const csv = await call(dpo.ext, gateway, dpo.tokens.access_token, 'POST', '/api/v1/journal/export', {
      format: 'csv',
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toContain('seq,id,at,kind');
    const verify = await call(dpo.ext, gateway, dpo.tokens.access_token, 'POST', '/api/v1/journal/verify');
    expect(await verify.json()).toMatchObject({ ok: true, firstBreak: null });
    const kinds = await handle.db
      .selectFrom('journal_entries')
      .select('kind')
      .where('organisation_id', '=', 'ville-de-riom')
      .execute();
    expect(new Set(kinds.map((k) => k.kind))).toEqual(
      new Set(['check_intent', 'check_outcome', 'identifier_search', 'journal_export', 'chain_verification']),
    );
  });

  it('every route is in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${gateway.url}/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    for (const path of [
      '/api/v1/checks/identifier',
      '/api/v1/checks/franceconnect',
      '/api/v1/checks/franceconnect/{checkId}/result',
      '/api/v1/events',
      '/api/v1/events/online-fairs',
      '/api/v1/events/{key}',
      '/api/v1/journal',
      '/api/v1/journal/mine',
      '/api/v1/journal/search',
      '/api/v1/journal/export',
      '/api/v1/journal/verify',
      '/api/v1/settings',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
  });

  it('leaves no test person’s data in a dump of the database or in the logs', async () => {
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
    const logs = gateway.logs.text() + (second !== gateway ? second.logs.text() : '');
    const people = testPeopleStrings();
    expect(people.length).toBeGreaterThan(40);
    expect(dump.length).toBeGreaterThan(1000);
    expect(personalDataIn(dump, people)).toEqual([]);
    expect(personalDataIn(logs, people)).toEqual([]);
    console.warn(
      `[figures] ${kind}: dump ${tables.rows.length} tables, ${dump.length} chars; logs ${logs.length} chars; ${people.length} personal strings searched, 0 found`,
    );
  });
});
