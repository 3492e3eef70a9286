import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from './db/migrations';
import type { TestDatabase } from '../test/databases';
import { DATABASE_KINDS, createTestDatabase } from '../test/databases';
import { LogCapture, testConfigDocument } from '../test/harness';
import { testEnv } from '../test/secrets';
import { buildApp } from './app';
import type { GatewayApp } from './app-types';
import { validateConfig } from './config/load';
import { migrateToLatest } from './db/migrate';
import type { DatabaseHandle } from './db/open';
import { createLogger } from './log/logger';

describe.each(DATABASE_KINDS)('the HTTP application (%s)', (kind) => {
  let testDb: TestDatabase;
  let handle: DatabaseHandle;
  let app: GatewayApp;
  const logs = new LogCapture();

  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
    handle = await testDb.open();
    // ProConnect is not reached by these tests: any loopback issuer will do.
    const document = testConfigDocument({ port: 8788, simulatorUrl: 'http://127.0.0.1:9', database: testDb });
    const loaded = validateConfig(document, {
      file: 'test.json',
      env: { ...testEnv(), GATEWAY_DATABASE_URL: testDb.url ?? '' },
      baseDir: process.cwd(),
    });
    app = await buildApp({ loaded, database: handle, logger: createLogger('info', logs) });
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
    await testDb?.drop();
  });

  it('is alive at /health, and ready only once the migrations are applied', async () => {
    expect((await app.inject('/health')).json()).toEqual({ status: 'ok' });
    const pending = await app.inject('/ready');
    expect(pending.statusCode).toBe(503);
    expect(pending.headers['content-type']).toContain('application/problem+json');
    expect(pending.json()).toMatchObject({
      code: 'migrations-pending',
      status: 503,
      detail: Object.keys(MIGRATIONS).join(', '),
    });
    await migrateToLatest(handle.db);
    expect((await app.inject('/ready')).json()).toEqual({
      status: 'ready',
      database: kind,
      migrations: Object.keys(MIGRATIONS).length,
    });
  });

  it('answers unknown routes, under /oauth too, with a problem 404 and the request id', async () => {
    for (const url of ['/nothing-here', '/oauth/userinfo', '/api/v1/unknown']) {
      const answer = await app.inject(url);
      expect(answer.statusCode).toBe(404);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      const body = answer.json();
      expect(body).toMatchObject({
        type: 'urn:guichet-emploi:problem:not-found',
        code: 'not-found',
        status: 404,
      });
      expect(body.instance).toBe(answer.headers['x-request-id']);
    }
  });

  it('reuses a well-formed request id from the proxy and replaces a malformed one', async () => {
    const kept = await app.inject({ url: '/health', headers: { 'x-request-id': 'proxy-1234-abcd' } });
    expect(kept.headers['x-request-id']).toBe('proxy-1234-abcd');
    const replaced = await app.inject({
      url: '/health',
      headers: { 'x-request-id': 'bad id\nforged log line' },
    });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers invalid parameters with a problem 400 listing them', async () => {
    const answer = await app.inject('/auth/interaction/%3Cscript%3E');
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ code: 'invalid-request', errors: [{ in: 'params' }] });
  });

  it('describes every route in its OpenAPI 3.1 document', async () => {
    const document = (await app.inject('/openapi.json')).json() as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(document.openapi).toBe('3.1.0');
    const documented = new Set(
      Object.entries(document.paths).flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
      ),
    );
    const registered = app.routeList.map(({ method, url }) => `${method} ${url.replace(/:(\w+)/g, '{$1}')}`);
    expect(registered.length).toBeGreaterThan(15);
    expect([...documented].sort()).toEqual([...new Set(registered)].sort());
    // And the surface is the one intended (a route added or lost shows here).
    const expected = [
      'GET /health',
      'GET /ready',
      'GET /api/v1/me',
      'GET /oauth/.well-known/openid-configuration',
      'GET /oauth/jwks',
      'GET /oauth/auth',
      'GET /oauth/auth/{uid}',
      'POST /oauth/token',
      'POST /oauth/token/revocation',
      'GET /oauth/session/end',
      'GET /auth/sign-out',
      'GET /auth/interaction/{uid}',
      'GET /auth/interaction/{uid}/proconnect',
      'POST /auth/interaction/{uid}/abort',
      'GET /auth/proconnect/callback',
      'GET /auth/proconnect/logged-out',
      // Part 2: checks, events, journal, settings, and FranceConnect's browser returns.
      'POST /api/v1/checks/identifier',
      'POST /api/v1/checks/franceconnect',
      'GET /api/v1/checks/franceconnect/{checkId}/result',
      'GET /api/v1/events',
      'GET /api/v1/events/online-fairs',
      'GET /api/v1/events/{key}',
      'GET /api/v1/journal/mine',
      'GET /api/v1/journal',
      'POST /api/v1/journal/search',
      'POST /api/v1/journal/export',
      'POST /api/v1/journal/verify',
      'GET /api/v1/settings',
      'GET /checks/franceconnect/{checkId}/start',
      'GET /checks/franceconnect/callback',
      'GET /checks/franceconnect/logged-out',
    ];
    expect([...documented].sort()).toEqual(expected.sort());
    expect(document.paths['/api/v1/me']?.get).toMatchObject({ security: [{ dpop: [] }] });
  });

  it('builds its OAuth URLs from publicUrl, whatever Host or X-Forwarded-* a request claims', async () => {
    const document = testConfigDocument({ port: 8788, simulatorUrl: 'http://127.0.0.1:9', database: testDb });
    document.publicUrl = 'https://passerelle.example.fr';
    const loaded = validateConfig(document, {
      file: 'test.json',
      env: { ...testEnv(), GATEWAY_DATABASE_URL: testDb.url ?? '' },
      baseDir: process.cwd(),
    });
    const behindProxy = await buildApp({ loaded, database: handle, logger: createLogger('silent') });
    try {
      const answer = await behindProxy.inject({
        url: '/oauth/.well-known/openid-configuration',
        headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' },
      });
      const metadata = answer.json() as Record<string, string>;
      expect(metadata.issuer).toBe('https://passerelle.example.fr/oauth');
      for (const key of [
        'authorization_endpoint',
        'token_endpoint',
        'revocation_endpoint',
        'jwks_uri',
        'end_session_endpoint',
      ]) {
        expect(metadata[key]?.startsWith('https://passerelle.example.fr/oauth/')).toBe(true);
      }
    } finally {
      await behindProxy.close();
    }
  });
});
