// @vitest-environment node
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { franceConnectSessionItem } from '../storage/items';
import { clearDiscoveryCache, endPersonSession, signInPerson } from './franceconnect';
import { classifyIdentityError, type IdentityAdapter } from './identity-adapter';

const ISSUER = 'https://fc.example.test/api/v2';
const REDIRECT = 'https://elangemhemgkbajjllcmdnnfleoelhfk.chromiumapp.org/';
const CONFIG = { issuer: ISSUER, clientId: 'client-fc', clientSecret: 'secret-fc' };
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

function idToken(claims: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'k1' }));
  const payload = b64url(
    JSON.stringify({
      iss: ISSUER,
      aud: CONFIG.clientId,
      sub: 'person-1',
      iat: now,
      exp: now + 60,
      ...claims,
    }),
  );
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), privateKey);
  return `${header}.${payload}.${b64url(signature)}`;
}

interface Provider {
  /** The authorization request as the identity window received it. */
  authorize?: URL;
  tokenForm?: URLSearchParams;
  tokenAuthorization?: string | null;
}

/**
 * A FranceConnect stand-in: discovery and token endpoints over msw; the identity adapter
 * plays the browser window and answers the redirect `respond` builds.
 */
function provider(options: {
  respond?: (authorize: URL) => string;
  claims?: (authorize: URL) => Record<string, unknown>;
  tokenError?: { status: number; body: Record<string, string> };
  /** token_endpoint_auth_methods_supported of the discovery document. */
  authMethods?: string[];
}) {
  const seen: Provider = {};
  server.use(
    http.get(`${ISSUER}/.well-known/openid-configuration`, () =>
      HttpResponse.json({
        issuer: ISSUER,
        authorization_endpoint: `${ISSUER}/authorize`,
        token_endpoint: `${ISSUER}/token`,
        jwks_uri: `${ISSUER}/jwks`,
        end_session_endpoint: `${ISSUER}/session/end`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: options.authMethods ?? ['client_secret_post'],
      }),
    ),
    http.post(`${ISSUER}/token`, async ({ request }) => {
      seen.tokenForm = new URLSearchParams(await request.text());
      seen.tokenAuthorization = request.headers.get('authorization');
      if (options.tokenError)
        return HttpResponse.json(options.tokenError.body, { status: options.tokenError.status });
      const authorize = seen.authorize as URL;
      const nonce = authorize.searchParams.get('nonce');
      return HttpResponse.json({
        access_token: 'person-access-token',
        token_type: 'Bearer',
        expires_in: 60,
        id_token: idToken({ nonce, ...(options.claims?.(authorize) ?? {}) }),
      });
    }),
  );
  const launches: { url: string; interactive: boolean }[] = [];
  const identity: IdentityAdapter = {
    getRedirectURL: () => REDIRECT,
    launchWebAuthFlow: vi.fn(async (details) => {
      launches.push(details);
      const url = new URL(details.url);
      if (!details.interactive) return REDIRECT;
      seen.authorize = url;
      const state = url.searchParams.get('state');
      return options.respond ? options.respond(url) : `${REDIRECT}?code=the-code&state=${state}`;
    }),
  };
  return { seen, identity, launches };
}

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() => {
  fakeBrowser.reset();
  clearDiscoveryCache();
});

describe('signInPerson', () => {
  it('sends PKCE S256, state and nonce, and exchanges the code with the verifier', async () => {
    const { seen, identity, launches } = provider({});
    const result = await signInPerson(CONFIG, identity);
    expect(result).toMatchObject({ ok: true, value: { accessToken: 'person-access-token' } });

    const authorize = seen.authorize as URL;
    expect(launches[0]?.interactive).toBe(true);
    expect(authorize.origin + authorize.pathname).toBe(`${ISSUER}/authorize`);
    const params = Object.fromEntries(authorize.searchParams);
    expect(params).toMatchObject({
      response_type: 'code',
      client_id: 'client-fc',
      redirect_uri: REDIRECT,
      scope: 'openid api_fc-statutaugmentev1',
      code_challenge_method: 'S256',
    });
    expect(params.state).toMatch(/^[\w-]{20,}$/);
    expect(params.nonce).toMatch(/^[\w-]{20,}$/);

    const verifier = seen.tokenForm?.get('code_verifier') ?? '';
    expect(createHash('sha256').update(verifier).digest('base64url')).toBe(params.code_challenge);
    expect(seen.tokenForm?.get('code')).toBe('the-code');
    expect(seen.tokenForm?.get('client_secret')).toBe('secret-fc');
    expect(seen.tokenForm?.get('redirect_uri')).toBe(REDIRECT);
  });

  it('authenticates with client_secret_post whatever the discovery document lists (FranceConnect v2 refuses Basic)', async () => {
    const { seen, identity } = provider({ authMethods: ['client_secret_basic'] });
    await signInPerson(CONFIG, identity);
    expect(seen.tokenForm?.get('client_id')).toBe('client-fc');
    expect(seen.tokenForm?.get('client_secret')).toBe('secret-fc');
    expect(seen.tokenAuthorization).toBeNull();
  });

  it('uses fresh state, nonce and verifier on every flow', async () => {
    const first = provider({});
    await signInPerson(CONFIG, first.identity);
    const firstState = first.seen.authorize?.searchParams.get('state');
    const second = provider({});
    await signInPerson(CONFIG, second.identity);
    expect(second.seen.authorize?.searchParams.get('state')).not.toBe(firstState);
  });

  it('keeps only what ending the session needs, in storage.session', async () => {
    const { identity } = provider({});
    await signInPerson(CONFIG, identity);
    const session = await franceConnectSessionItem.getValue();
    expect(session).toMatchObject({ endSessionEndpoint: `${ISSUER}/session/end`, redirectUri: REDIRECT });
    expect(await fakeBrowser.storage.local.get()).toEqual({});
    expect(JSON.stringify(await fakeBrowser.storage.session.get())).not.toContain('person-access-token');
  });

  it('rejects a redirect whose state does not match', async () => {
    const { identity, seen } = provider({ respond: () => `${REDIRECT}?code=the-code&state=forged` });
    expect(await signInPerson(CONFIG, identity)).toMatchObject({
      ok: false,
      error: { code: 'auth_failed', service: 'franceconnect' },
    });
    expect(seen.tokenForm).toBeUndefined();
  });

  it('reports the person refusing (access_denied)', async () => {
    const { identity } = provider({
      respond: (url) => `${REDIRECT}?error=access_denied&state=${url.searchParams.get('state')}`,
    });
    expect(await signInPerson(CONFIG, identity)).toEqual({
      ok: false,
      error: { code: 'access_denied', service: 'franceconnect', providerCode: 'access_denied' },
    });
  });

  it.each([
    ['The user did not approve access.', 'window_closed'],
    ['User cancelled or denied access.', 'window_closed'],
    ['Authorization page could not be loaded.', 'network'],
    ['Something else', 'auth_failed'],
  ] as const)('maps the browser rejection "%s" to %s', async (message, code) => {
    const { identity } = provider({});
    identity.launchWebAuthFlow = () => Promise.reject(new Error(message));
    expect(await signInPerson(CONFIG, identity)).toMatchObject({ ok: false, error: { code } });
    expect(classifyIdentityError(new Error(message))).toBe(code);
  });

  it('gives up with auth_timeout when the window stays open too long', async () => {
    const { identity } = provider({});
    identity.launchWebAuthFlow = () => new Promise<string>(() => undefined);
    expect(await signInPerson(CONFIG, identity, { timeoutMs: 20 })).toMatchObject({
      ok: false,
      error: { code: 'auth_timeout' },
    });
  });

  it('reports a token endpoint error with its OAuth code', async () => {
    const { identity } = provider({ tokenError: { status: 400, body: { error: 'invalid_grant' } } });
    expect(await signInPerson(CONFIG, identity)).toMatchObject({
      ok: false,
      error: { code: 'auth_failed', providerCode: 'invalid_grant', status: 400 },
    });
  });

  it.each([
    ['a wrong nonce', () => ({ nonce: 'another-nonce' })],
    ['a wrong audience', () => ({ aud: 'someone-else' })],
    ['a wrong issuer', () => ({ iss: 'https://evil.example.test' })],
    ['an expired id_token', () => ({ exp: Math.floor(Date.now() / 1000) - 3600, iat: 1 })],
  ])('rejects an id_token with %s', async (_name, claims) => {
    const { identity } = provider({ claims });
    const result = await signInPerson(CONFIG, identity);
    expect(result).toMatchObject({ ok: false, error: { code: 'auth_failed' } });
    expect(await franceConnectSessionItem.getValue()).toBeNull();
  });

  it('reports an unreachable provider as network', async () => {
    const { identity } = provider({});
    server.use(http.get(`${ISSUER}/.well-known/openid-configuration`, () => HttpResponse.error()));
    expect(await signInPerson(CONFIG, identity)).toMatchObject({ ok: false, error: { code: 'network' } });
  });

  it('refuses plain http except on the loopback simulator', async () => {
    const { identity } = provider({});
    expect(await signInPerson({ ...CONFIG, issuer: 'http://fc.example.test' }, identity)).toMatchObject({
      ok: false,
      error: { code: 'auth_failed' },
    });
  });
});

describe('endPersonSession', () => {
  it('calls the end-session endpoint without interaction, then forgets the session', async () => {
    const { identity, launches } = provider({});
    const signedIn = await signInPerson(CONFIG, identity);
    expect(await endPersonSession(identity)).toBe(true);
    const logout = new URL(launches[1]?.url ?? '');
    expect(launches[1]?.interactive).toBe(false);
    expect(logout.origin + logout.pathname).toBe(`${ISSUER}/session/end`);
    expect(logout.searchParams.get('id_token_hint')).toBe(signedIn.ok ? signedIn.value.idToken : '');
    expect(logout.searchParams.get('post_logout_redirect_uri')).toBe(REDIRECT);
    expect(await fakeBrowser.storage.session.get()).toEqual({});
  });

  it('forgets the session even when the provider does not answer', async () => {
    const { identity } = provider({});
    await signInPerson(CONFIG, identity);
    identity.launchWebAuthFlow = () => Promise.reject(new Error('User interaction required.'));
    expect(await endPersonSession(identity)).toBe(true);
    expect(await franceConnectSessionItem.getValue()).toBeNull();
    expect(await endPersonSession(identity)).toBe(false);
  });
});
