// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { simulatorPreset, type Endpoints } from '../../settings/core/endpoints';
import { partnerTokenItem } from '../storage/items';
import { OAUTH_ERROR_SAMPLE, PARTNER_TOKEN_SAMPLE } from './core/fixtures';
import { createDirectApiAccess } from './api-access';
import { EVENTS_SCOPE, forgetPartnerToken, getPartnerToken } from './partner-token';

const BASE = 'http://127.0.0.1:9999';
const ENDPOINTS: Endpoints = { environment: 'simulator', ...simulatorPreset(BASE) };
const TOKEN_URL = `${BASE}/connexion/oauth2/access_token`;
const CREDENTIALS = {
  tokenUrl: ENDPOINTS.partnerTokenUrl,
  clientId: 'client',
  clientSecret: 'secret',
  scope: EVENTS_SCOPE,
};

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());
beforeEach(() => fakeBrowser.reset());

/** A token endpoint that numbers its tokens and records each request's form. */
function tokenEndpoint(expiresIn = PARTNER_TOKEN_SAMPLE.expires_in) {
  const forms: URLSearchParams[] = [];
  const realms: (string | null)[] = [];
  server.use(
    http.post(TOKEN_URL, async ({ request }) => {
      forms.push(new URLSearchParams(await request.text()));
      realms.push(new URL(request.url).searchParams.get('realm'));
      return HttpResponse.json({
        ...PARTNER_TOKEN_SAMPLE,
        access_token: `token-${forms.length}`,
        expires_in: expiresIn,
      });
    }),
  );
  return { forms, realms };
}

describe('getPartnerToken', () => {
  it('asks the token endpoint with the realm in the query and the credentials in the form', async () => {
    const { forms, realms } = tokenEndpoint();
    expect(await getPartnerToken(CREDENTIALS)).toEqual({ ok: true, value: 'token-1' });
    expect(realms).toEqual(['/partenaire']);
    expect(Object.fromEntries(forms[0] ?? [])).toEqual({
      grant_type: 'client_credentials',
      client_id: 'client',
      client_secret: 'secret',
      scope: 'api_evenementsv1 evenements',
    });
  });

  it('keeps the token in storage.session with its expiry and reuses it', async () => {
    const { forms } = tokenEndpoint();
    await getPartnerToken(CREDENTIALS);
    await getPartnerToken(CREDENTIALS);
    expect(forms).toHaveLength(1);
    const stored = await fakeBrowser.storage.session.get('partnerToken');
    expect(stored.partnerToken).toMatchObject({
      accessToken: 'token-1',
      audience: `${CREDENTIALS.tokenUrl}|client`,
    });
    expect(await fakeBrowser.storage.local.get()).toEqual({});
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  it('shares one token request between concurrent callers', async () => {
    const { forms } = tokenEndpoint();
    const results = await Promise.all(Array.from({ length: 5 }, () => getPartnerToken(CREDENTIALS)));
    expect(forms).toHaveLength(1);
    expect(new Set(results.map((r) => (r.ok ? r.value : null)))).toEqual(new Set(['token-1']));
  });

  it('renews a minute before the expiry, not before', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-14T09:00:00Z'));
    const { forms } = tokenEndpoint(1499);
    await getPartnerToken(CREDENTIALS);
    vi.setSystemTime(new Date('2025-03-14T09:23:00Z'));
    expect(await getPartnerToken(CREDENTIALS)).toEqual({ ok: true, value: 'token-1' });
    vi.setSystemTime(new Date('2025-03-14T09:24:00Z'));
    expect(await getPartnerToken(CREDENTIALS)).toEqual({ ok: true, value: 'token-2' });
    expect(forms).toHaveLength(2);
  });

  it('does not reuse a token issued for other credentials', async () => {
    const { forms } = tokenEndpoint();
    await getPartnerToken(CREDENTIALS);
    await getPartnerToken({ ...CREDENTIALS, clientId: 'other' });
    expect(forms).toHaveLength(2);
  });

  it.each([
    [400, OAUTH_ERROR_SAMPLE, 'unauthorised', 'invalid_client'],
    [400, { error: 'invalid_scope' }, 'forbidden', 'invalid_scope'],
    [400, { error: 'unsupported_grant_type' }, 'invalid_request', 'unsupported_grant_type'],
    [401, { error: 'invalid_client' }, 'unauthorised', 'invalid_client'],
  ] as const)('maps a %i %o to %s', async (status, body, code, providerCode) => {
    server.use(http.post(TOKEN_URL, () => HttpResponse.json(body, { status })));
    expect(await getPartnerToken(CREDENTIALS)).toEqual({
      ok: false,
      error: { code, providerCode, status, service: 'partner-token' },
    });
    expect(await partnerTokenItem.getValue()).toBeNull();
  });

  it('refuses a token answer of the wrong shape', async () => {
    server.use(
      http.post(TOKEN_URL, () => HttpResponse.json({ access_token: 'x', token_type: 'MAC', expires_in: 10 })),
    );
    expect(await getPartnerToken(CREDENTIALS)).toMatchObject({
      ok: false,
      error: { code: 'invalid_answer' },
    });
  });

  it('forgets the token on sign out', async () => {
    tokenEndpoint();
    await getPartnerToken(CREDENTIALS);
    expect(await forgetPartnerToken()).toBe(true);
    expect(await fakeBrowser.storage.session.get()).toEqual({});
  });
});

describe('events calls through the direct API access', () => {
  const access = createDirectApiAccess({
    loadEndpoints: async () => ENDPOINTS,
    identity: { getRedirectURL: () => 'https://x.chromiumapp.org/', launchWebAuthFlow: vi.fn() },
  });
  const SALONS = `${BASE}/partenaire/evenements/v1/salonsenligne`;

  it('sends the bearer token', async () => {
    tokenEndpoint();
    let authorization: string | null = null;
    server.use(
      http.get(SALONS, ({ request }) => {
        authorization = request.headers.get('authorization');
        return HttpResponse.json([]);
      }),
    );
    const result = await access.events({ path: '/salonsenligne' });
    expect(result.ok && result.value.status).toBe(200);
    expect(authorization).toBe('Bearer token-1');
  });

  it('renews the token once on a 401, then succeeds', async () => {
    const { forms } = tokenEndpoint();
    server.use(
      http.get(SALONS, ({ request }) =>
        request.headers.get('authorization') === 'Bearer token-2'
          ? HttpResponse.json([])
          : new HttpResponse(null, { status: 401 }),
      ),
    );
    const result = await access.events({ path: '/salonsenligne' });
    expect(result.ok && result.value.status).toBe(200);
    expect(forms).toHaveLength(2);
  });

  it('renews once only: a second 401 stands', async () => {
    const { forms } = tokenEndpoint();
    let calls = 0;
    server.use(
      http.get(SALONS, () => {
        calls += 1;
        return new HttpResponse(null, { status: 401 });
      }),
    );
    const result = await access.events({ path: '/salonsenligne' });
    expect(result.ok && result.value.status).toBe(401);
    expect(calls).toBe(2);
    expect(forms).toHaveLength(2);
  });

  it('says not_configured when the partner credentials are missing', async () => {
    const bare = createDirectApiAccess({
      loadEndpoints: async () => ({ ...ENDPOINTS, partnerClientSecret: undefined }),
      identity: { getRedirectURL: () => '', launchWebAuthFlow: vi.fn() },
    });
    expect(await bare.events({ path: '/salonsenligne' })).toMatchObject({
      ok: false,
      error: { code: 'not_configured', service: 'events' },
    });
  });
});
