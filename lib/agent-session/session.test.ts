// @vitest-environment node
import 'fake-indexeddb/auto';
import { createHash, createPublicKey, generateKeyPairSync, randomUUID, sign, verify } from 'node:crypto';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IdentityAdapter } from '../platform/auth/identity-adapter';
import { agentAccessItem, agentRefreshItem } from '../platform/storage/items';
import type { AgentProfile } from './core/agent';
import { loadDpopKey, resetDpopKeyStoreForTests } from './dpop-key';
import { clearGatewayDiscoveryCache, EXTENSION_CLIENT_ID } from './gateway-oauth';
import { createAgentSession, REFRESH_MARGIN_MS, type AgentSession } from './session';

const GATEWAY = 'https://passerelle.example.test';
const ISSUER = `${GATEWAY}/oauth`;
const REDIRECT = 'https://elangemhemgkbajjllcmdnnfleoelhfk.chromiumapp.org/';
const PROFILE: AgentProfile = {
  agent: { givenName: 'Camille', usualName: 'Martin', email: 'camille.martin@ville-riom.fr' },
  organisation: { id: 'riom', name: 'Ville de Riom', siret: '21630300400016' },
  role: 'agent',
};
const { privateKey: signingKey, publicKey: verifyingKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
});
const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');
const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');

function idToken(nonce: string | null): string {
  const now = Math.floor(Date.now() / 1000);
  const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'k1' }));
  const payload = b64url(
    JSON.stringify({
      iss: ISSUER,
      aud: EXTENSION_CLIENT_ID,
      sub: 'agent-1',
      iat: now,
      exp: now + 300,
      nonce,
    }),
  );
  return `${header}.${payload}.${b64url(sign('sha256', Buffer.from(`${header}.${payload}`), signingKey))}`;
}

interface Proof {
  jkt: string;
  payload: { htm: string; htu: string; iat: number; jti: string; ath?: string; nonce?: string };
}

/** Checks a DPoP proof as RFC 9449 §4.3 asks: type, alg, public JWK only, signature, htm, htu, ath. */
function checkProof(request: Request, accessToken?: string): Proof {
  const proof = request.headers.get('dpop');
  if (!proof) throw new Error('no DPoP header');
  const [h = '', p = '', s = ''] = proof.split('.');
  const header = JSON.parse(Buffer.from(h, 'base64url').toString()) as {
    typ: string;
    alg: string;
    jwk: { kty: string; crv: string; x: string; y: string; d?: string };
  };
  const payload = JSON.parse(Buffer.from(p, 'base64url').toString()) as Proof['payload'];
  if (header.typ !== 'dpop+jwt' || header.alg !== 'ES256') throw new Error('bad proof header');
  if (header.jwk.d !== undefined) throw new Error('private key material in the proof');
  const key = createPublicKey({ key: header.jwk, format: 'jwk' });
  const valid = verify(
    'sha256',
    Buffer.from(`${h}.${p}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(s, 'base64url'),
  );
  if (!valid) throw new Error('bad proof signature');
  const url = new URL(request.url);
  if (payload.htm !== request.method || payload.htu !== url.origin + url.pathname) throw new Error('htm/htu');
  if (Math.abs(payload.iat - Date.now() / 1000) > 60) throw new Error('iat');
  if (accessToken !== undefined && payload.ath !== sha256(accessToken)) throw new Error('ath');
  const { crv, kty, x, y } = header.jwk;
  return { jkt: sha256(JSON.stringify({ crv, kty, x, y })), payload };
}

interface GatewayOptions {
  /** Ask for a DPoP nonce at the token endpoint / the API before accepting proofs. */
  tokenNonce?: string;
  apiNonce?: string;
  refreshError?: string;
  tokenType?: string;
  expiresIn?: number;
  profile?: unknown;
}

/** The gateway's authorization server and API over msw, checking every DPoP proof. */
function gateway(options: GatewayOptions = {}) {
  const seen = {
    authorize: undefined as URL | undefined,
    tokenForms: [] as URLSearchParams[],
    proofs: [] as Proof[],
    revoked: [] as URLSearchParams[],
    apiCalls: 0,
    /** Access token → jkt it is bound to. */
    bound: new Map<string, string>(),
    refreshTokens: new Map<string, string>(),
    jtis: new Set<string>(),
  };
  let serial = 0;
  const issue = (jkt: string) => {
    serial += 1;
    const access = `at-${serial}-${randomUUID()}`;
    const refresh = `rt-${serial}-${randomUUID()}`;
    seen.bound.set(access, jkt);
    seen.refreshTokens.set(refresh, jkt);
    return { access, refresh };
  };
  const record = (proof: Proof) => {
    if (seen.jtis.has(proof.payload.jti)) throw new Error('replayed proof');
    seen.jtis.add(proof.payload.jti);
    seen.proofs.push(proof);
  };
  server.use(
    http.get(`${ISSUER}/.well-known/openid-configuration`, () =>
      HttpResponse.json({
        issuer: ISSUER,
        authorization_endpoint: `${ISSUER}/auth`,
        token_endpoint: `${ISSUER}/token`,
        revocation_endpoint: `${ISSUER}/token/revocation`,
        end_session_endpoint: `${ISSUER}/session/end`,
        jwks_uri: `${ISSUER}/jwks`,
        dpop_signing_alg_values_supported: ['ES256'],
        token_endpoint_auth_methods_supported: ['none'],
        id_token_signing_alg_values_supported: ['RS256'],
      }),
    ),
    http.get(`${ISSUER}/jwks`, () =>
      HttpResponse.json({
        keys: [{ ...verifyingKey.export({ format: 'jwk' }), kid: 'k1', alg: 'RS256', use: 'sig' }],
      }),
    ),
    http.post(`${ISSUER}/token`, async ({ request }) => {
      const form = new URLSearchParams(await request.text());
      const proof = checkProof(request);
      if (options.tokenNonce && proof.payload.nonce !== options.tokenNonce) {
        return HttpResponse.json(
          { error: 'use_dpop_nonce', error_description: 'nonce required' },
          { status: 400, headers: { 'DPoP-Nonce': options.tokenNonce } },
        );
      }
      record(proof);
      seen.tokenForms.push(form);
      if (form.get('client_id') !== EXTENSION_CLIENT_ID || form.has('client_secret')) {
        return HttpResponse.json({ error: 'invalid_client' }, { status: 401 });
      }
      let nonce: string | null = null;
      if (form.get('grant_type') === 'authorization_code') {
        const authorize = seen.authorize!;
        if (authorize.searchParams.get('dpop_jkt') !== proof.jkt) {
          return HttpResponse.json({ error: 'invalid_dpop_proof' }, { status: 400 });
        }
        if (sha256(form.get('code_verifier') ?? '') !== authorize.searchParams.get('code_challenge')) {
          return HttpResponse.json({ error: 'invalid_grant' }, { status: 400 });
        }
        nonce = authorize.searchParams.get('nonce');
      } else {
        const presented = form.get('refresh_token') ?? '';
        if (options.refreshError) return HttpResponse.json({ error: options.refreshError }, { status: 400 });
        // Bound to the key: the same refresh token with another key is refused.
        if (seen.refreshTokens.get(presented) !== proof.jkt) {
          return HttpResponse.json({ error: 'invalid_grant' }, { status: 400 });
        }
        seen.refreshTokens.delete(presented);
      }
      const tokens = issue(proof.jkt);
      return HttpResponse.json({
        access_token: tokens.access,
        token_type: options.tokenType ?? 'DPoP',
        expires_in: options.expiresIn ?? 300,
        refresh_token: tokens.refresh,
        scope: 'openid offline_access',
        ...(nonce ? { id_token: idToken(nonce) } : {}),
      });
    }),
    http.post(`${ISSUER}/token/revocation`, async ({ request }) => {
      seen.revoked.push(new URLSearchParams(await request.text()));
      return new HttpResponse(null, { status: 200 });
    }),
    http.get(`${GATEWAY}/api/v1/me`, ({ request }) => {
      seen.apiCalls += 1;
      const match = /^DPoP (\S+)$/.exec(request.headers.get('authorization') ?? '');
      const token = match?.[1] ?? '';
      const proof = checkProof(request, token);
      if (options.apiNonce && proof.payload.nonce !== options.apiNonce) {
        return new HttpResponse(null, {
          status: 401,
          headers: {
            'WWW-Authenticate': 'DPoP error="use_dpop_nonce", algs="ES256"',
            'DPoP-Nonce': options.apiNonce,
          },
        });
      }
      record(proof);
      if (seen.bound.get(token) !== proof.jkt) {
        return new HttpResponse(null, {
          status: 401,
          headers: { 'WWW-Authenticate': 'DPoP error="invalid_token", algs="ES256"' },
        });
      }
      return HttpResponse.json(options.profile ?? PROFILE);
    }),
  );
  return seen;
}

function browserWindow(respond?: (url: URL) => string | Promise<string>) {
  const launches: { url: URL; interactive: boolean; scriptRedirects?: boolean }[] = [];
  const identity: IdentityAdapter = {
    getRedirectURL: () => REDIRECT,
    launchWebAuthFlow: vi.fn(
      async (details: { url: string; interactive: boolean; scriptRedirects?: boolean }) => {
        const url = new URL(details.url);
        launches.push({ url, interactive: details.interactive, scriptRedirects: details.scriptRedirects });
        if (respond) return respond(url);
        if (url.pathname.endsWith('/session/end')) {
          return `${REDIRECT}?state=${url.searchParams.get('state')}`;
        }
        return `${REDIRECT}?code=the-code&state=${url.searchParams.get('state')}`;
      },
    ),
  };
  return { identity, launches };
}

let clock = Date.now();
function session(identity: IdentityAdapter, gatewayUrl: string | null = GATEWAY): AgentSession {
  return createAgentSession({ identity, gatewayUrl: async () => gatewayUrl ?? undefined, now: () => clock });
}

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(async () => {
  fakeBrowser.reset();
  clearGatewayDiscoveryCache();
  clock = Date.now();
  const { deleteDpopKey } = await import('./dpop-key');
  await deleteDpopKey();
});

async function signedIn(options: GatewayOptions = {}) {
  const seen = gateway(options);
  const window = browserWindow((url) => {
    seen.authorize = url;
    return `${REDIRECT}?code=the-code&state=${url.searchParams.get('state')}`;
  });
  const agent = session(window.identity);
  const result = await agent.signIn();
  return { seen, window, agent, result };
}

describe('sign-in', () => {
  it('signs in with PKCE, state, nonce and a DPoP key bound to the code, and knows who is signed in', async () => {
    const { seen, window, result } = await signedIn();
    expect(result).toEqual({
      ok: true,
      value: { status: 'signed_in', profile: PROFILE, accessTokenExpiresAt: expect.any(String) },
    });
    expect(window.launches[0]?.interactive).toBe(true);
    const params = Object.fromEntries(seen.authorize!.searchParams);
    expect(params).toMatchObject({
      response_type: 'code',
      client_id: 'guichet-emploi-extension',
      redirect_uri: REDIRECT,
      scope: 'openid offline_access',
      code_challenge_method: 'S256',
      prompt: 'consent',
    });
    expect(params.state).toMatch(/^[\w-]{40,}$/);
    expect(params.nonce).toMatch(/^[\w-]{40,}$/);
    const form = seen.tokenForms[0]!;
    expect(form.get('grant_type')).toBe('authorization_code');
    expect(form.get('code')).toBe('the-code');
    expect(form.get('redirect_uri')).toBe(REDIRECT);
    // Every request carried a proof from the same key, the one named by dpop_jkt.
    expect(seen.proofs.map((p) => p.jkt)).toEqual([params.dpop_jkt, params.dpop_jkt]);
    expect(seen.proofs[1]?.payload.ath).toBeDefined();
  });

  it('keeps the private key non-extractable in IndexedDB, the access token in session, the refresh token in local', async () => {
    const { seen } = await signedIn();
    const key = await loadDpopKey();
    expect(key?.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', key!.privateKey)).rejects.toThrow();
    const access = await agentAccessItem.getValue();
    const refresh = await agentRefreshItem.getValue();
    expect(seen.bound.has(access!.accessToken)).toBe(true);
    expect(seen.refreshTokens.has(refresh!.refreshToken)).toBe(true);
    const local = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(local)).toEqual(['agentRefresh']);
    expect(JSON.stringify(local)).not.toContain(access!.accessToken);
    const sessionArea = await fakeBrowser.storage.session.get(null);
    expect(JSON.stringify(sessionArea)).not.toContain(refresh!.refreshToken);
  });

  it('retries with the server’s DPoP nonce at the token endpoint and at the API', async () => {
    const { seen, result } = await signedIn({ tokenNonce: 'nonce-as', apiNonce: 'nonce-rs' });
    expect(result.ok).toBe(true);
    expect(seen.proofs.map((p) => p.payload.nonce)).toEqual(['nonce-as', 'nonce-rs']);
  });

  it('refuses a token the gateway did not bind to the key, and stores nothing', async () => {
    const { result } = await signedIn({ tokenType: 'Bearer' });
    expect(result).toMatchObject({ ok: false, error: { code: 'auth_failed', service: 'gateway' } });
    expect(await agentAccessItem.getValue()).toBeNull();
    expect(await loadDpopKey()).toBeUndefined();
  });

  it('reports a closed window and keeps nothing', async () => {
    gateway();
    const window = browserWindow(() => Promise.reject(new Error('The user did not approve access.')));
    const result = await session(window.identity).signIn();
    expect(result).toMatchObject({ ok: false, error: { code: 'window_closed', service: 'gateway' } });
    expect(await loadDpopKey()).toBeUndefined();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('refuses a callback whose state is not the one sent', async () => {
    const seen = gateway();
    const window = browserWindow(() => `${REDIRECT}?code=the-code&state=autre`);
    const result = await session(window.identity).signIn();
    expect(result).toMatchObject({ ok: false, error: { code: 'auth_failed' } });
    expect(seen.tokenForms).toHaveLength(0);
  });

  it('says when no gateway is configured', async () => {
    const window = browserWindow();
    const agent = session(window.identity, null);
    expect(await agent.state()).toEqual({ ok: true, value: { status: 'not_configured' } });
    expect(await agent.signIn()).toMatchObject({ ok: false, error: { code: 'not_configured' } });
    expect(window.launches).toHaveLength(0);
  });

  it('refuses a /me answer of the wrong shape', async () => {
    const { result } = await signedIn({ profile: { agent: { givenName: 'X' } } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_answer', service: 'gateway' } });
  });
});

describe('refresh', () => {
  it('refreshes before expiry, once for concurrent callers, with rotation and the same key', async () => {
    const { seen, agent } = await signedIn();
    const before = (await agentAccessItem.getValue())!;
    const oldRefresh = (await agentRefreshItem.getValue())!.refreshToken;
    clock = before.expiresAt - REFRESH_MARGIN_MS + 1;
    const tokens = await Promise.all([1, 2, 3, 4, 5].map(() => agent.accessToken()));
    const refreshes = seen.tokenForms.filter((f) => f.get('grant_type') === 'refresh_token');
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0]?.get('refresh_token')).toBe(oldRefresh);
    const after = (await agentAccessItem.getValue())!;
    expect(new Set(tokens.map((t) => (t.ok ? t.value : t.error.code)))).toEqual(new Set([after.accessToken]));
    expect(after.accessToken).not.toBe(before.accessToken);
    expect((await agentRefreshItem.getValue())!.refreshToken).not.toBe(oldRefresh);
    expect(new Set(seen.proofs.map((p) => p.jkt)).size).toBe(1);
    // The profile and the sign-out hint survive the refresh.
    expect(after.profile).toEqual(PROFILE);
    expect(after.idToken).toBe(before.idToken);
  });

  it('does not refresh a token with time left', async () => {
    const { seen, agent } = await signedIn();
    clock += 60_000;
    expect((await agent.accessToken()).ok).toBe(true);
    expect(seen.tokenForms).toHaveLength(1);
  });

  it('survives the service worker stopping and the browser restarting (session storage gone)', async () => {
    const { seen } = await signedIn();
    const jkt = seen.proofs[0]!.jkt;
    await fakeBrowser.storage.session.clear();
    resetDpopKeyStoreForTests();
    clearGatewayDiscoveryCache();
    const restarted = session(browserWindow().identity);
    expect(await restarted.state()).toEqual({
      ok: true,
      value: { status: 'signed_in', profile: PROFILE, accessTokenExpiresAt: expect.any(String) },
    });
    expect(seen.tokenForms.at(-1)?.get('grant_type')).toBe('refresh_token');
    // The same key, read back from IndexedDB, signed the refresh and the /me proof.
    expect(seen.proofs.slice(-2).map((p) => p.jkt)).toEqual([jkt, jkt]);
  });

  it('ends the session when the gateway refuses the refresh token', async () => {
    const { agent } = await signedIn({ refreshError: 'invalid_grant' });
    clock += 10 * 60_000;
    expect(await agent.accessToken()).toMatchObject({ ok: false, error: { code: 'signed_out' } });
    expect(await agent.state()).toEqual({ ok: true, value: { status: 'signed_out' } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await loadDpopKey()).toBeUndefined();
  });

  it('is useless without the key: a lost key signs the agent out', async () => {
    const { agent } = await signedIn();
    const { deleteDpopKey } = await import('./dpop-key');
    await deleteDpopKey();
    clock += 10 * 60_000;
    expect(await agent.accessToken()).toMatchObject({ ok: false, error: { code: 'signed_out' } });
    expect(await agentRefreshItem.getValue()).toBeNull();
  });

  it('refreshes once and retries when the API refuses the access token', async () => {
    const { seen, agent } = await signedIn();
    // The gateway forgot this token (revoked elsewhere): the next call refreshes and succeeds.
    seen.bound.delete((await agentAccessItem.getValue())!.accessToken);
    expect(await agent.me()).toEqual({ ok: true, value: PROFILE });
    expect(seen.tokenForms.at(-1)?.get('grant_type')).toBe('refresh_token');
  });
});

describe('authenticated fetch', () => {
  it('sends Authorization: DPoP with a fresh proof each time', async () => {
    const { seen, agent } = await signedIn();
    await agent.me();
    await agent.me();
    const jtis = seen.proofs.slice(-3).map((p) => p.payload.jti);
    expect(new Set(jtis).size).toBe(3);
  });

  it('never sends the token outside the gateway', async () => {
    const { agent, seen } = await signedIn();
    const calls = seen.apiCalls;
    const result = await agent.fetch('https://ailleurs.example.test/api/v1/me');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(seen.apiCalls).toBe(calls);
  });
});

describe('sign-out', () => {
  it('revokes the tokens, ends the gateway session without interaction and forgets everything', async () => {
    const { seen, window, agent } = await signedIn();
    const access = (await agentAccessItem.getValue())!;
    const refresh = (await agentRefreshItem.getValue())!;
    const result = await agent.signOut();
    expect(result).toEqual({ ok: true, value: { revoked: true, sessionEnded: true } });
    expect(seen.revoked.map((f) => f.get('token'))).toEqual([refresh.refreshToken, access.accessToken]);
    for (const form of seen.revoked) {
      expect(form.get('client_id')).toBe(EXTENSION_CLIENT_ID);
      expect(form.has('client_secret')).toBe(false);
    }
    const end = window.launches.at(-1)!;
    expect(end.interactive).toBe(false);
    // The chain passes self-submitting logout pages: Chrome must wait for their scripts.
    expect(end.scriptRedirects).toBe(true);
    expect(end.url.origin + end.url.pathname).toBe(`${ISSUER}/session/end`);
    expect(end.url.searchParams.get('id_token_hint')).toBe(access.idToken);
    expect(end.url.searchParams.get('post_logout_redirect_uri')).toBe(REDIRECT);
    expect(end.url.searchParams.get('client_id')).toBe(EXTENSION_CLIENT_ID);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await loadDpopKey()).toBeUndefined();
    expect(await agent.state()).toEqual({ ok: true, value: { status: 'signed_out' } });
  });

  it('forgets the tokens even when the gateway cannot be reached', async () => {
    const { agent } = await signedIn();
    server.resetHandlers(http.all(`${GATEWAY}/*`, () => HttpResponse.error()));
    clearGatewayDiscoveryCache();
    expect(await agent.signOut()).toEqual({ ok: true, value: { revoked: false, sessionEnded: false } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await loadDpopKey()).toBeUndefined();
  });
});
