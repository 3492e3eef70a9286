// @vitest-environment node
import { createPublicKey, verify } from 'node:crypto';
import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statutAugmenteSchema } from '../../lib/status/core/wire/statut-augmente';
import { oauthErrorSchema, tokenResponseSchema } from '../../lib/platform/auth/core/oauth';
import { findIdentity } from '../data/people';
import { DEMO_CREDENTIALS } from '../../lib/settings/core/demo-credentials';
import { GATEWAY_DEMO_CREDENTIALS } from '../data/gateway-clients';
import type { RunningSimulator } from '../server';
import {
  CookieJar,
  TEST_REDIRECT_URI,
  driveProviderLogin,
  partnerAccessToken,
  randomLoopbackPort,
  startTestSimulator,
} from '../test-support';

const FC = DEMO_CREDENTIALS.franceConnect;
const client: oauth.Client = { client_id: FC.clientId };
const insecure = { [oauth.allowInsecureRequests]: true };
const CHROME_REDIRECT = 'https://elangemhemgkbajjllcmdnnfleoelhfk.chromiumapp.org/';

let sim: RunningSimulator;
let as: oauth.AuthorizationServer;

beforeAll(async () => {
  sim = await startTestSimulator({ eventCount: 200 });
  const issuer = new URL(sim.issuer);
  as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, insecure));
});
afterAll(() => sim.close());

interface FlowOptions {
  identity?: string;
  decision?: 'autoriser' | 'refuser';
  scope?: string;
  redirectUri?: string;
}

/** Drives authorize → identity page → consent POST → resume, and returns the final redirect. */
async function authorize(options: FlowOptions = {}) {
  const jar = new CookieJar();
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const nonce = oauth.generateRandomNonce();
  const redirectUri = options.redirectUri ?? TEST_REDIRECT_URI;
  const url = new URL(as.authorization_endpoint!);
  url.search = new URLSearchParams({
    client_id: FC.clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: options.scope ?? FC.scope,
    state,
    nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    // As the extension sends it (FranceConnect's one level).
    acr_values: 'eidas1',
  }).toString();

  let res = await jar.fetch(url.href);
  expect(res.status).toBe(303);
  const page = await jar.fetch(new URL(res.headers.get('location')!, sim.url).href);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain('<html lang="fr">');
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  expect(action).toBeDefined();
  const form = new URLSearchParams({
    identite: options.identity ?? 'jean-dupont',
    decision: options.decision ?? 'autoriser',
  });
  res = await jar.fetch(new URL(action!, sim.url).href, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form,
  });
  // Follow the provider's own redirects until it sends the browser back to the client.
  for (let hops = 0; hops < 5; hops++) {
    const location = res.headers.get('location');
    if (!location) break;
    const next = new URL(location, sim.url);
    if (next.origin !== sim.url) return { callback: next, verifier, state, nonce, redirectUri, html };
    res = await jar.fetch(next.href);
  }
  throw new Error(`no redirect to the client (last status ${res.status})`);
}

async function exchange(
  flow: Awaited<ReturnType<typeof authorize>>,
  auth: oauth.ClientAuth = oauth.ClientSecretPost(FC.clientSecret),
  verifier = flow.verifier,
) {
  const params = oauth.validateAuthResponse(as, client, flow.callback, flow.state);
  return oauth.authorizationCodeGrantRequest(as, client, auth, params, flow.redirectUri, verifier, insecure);
}

async function statut(token: string) {
  return fetch(`${sim.url}/partenaire/fc-statutaugmente/v1/statut`, {
    headers: { Authorization: `Bearer ${token}` },
  });
}

describe('FranceConnect-like code flow', () => {
  it('goes from authorize to the statut of the chosen identity, with a signed id_token', async () => {
    const flow = await authorize({ identity: 'eloise-lefevre-nguyen' });
    expect(flow.html).toMatch(/<fieldset>\s*<legend>Choisissez une identité de test<\/legend>/);
    expect(flow.html).toContain('id="identite-eloise-lefevre-nguyen"');
    const response = await exchange(flow);
    const raw = (await response.clone().json()) as Record<string, unknown>;
    expect(tokenResponseSchema.parse(raw).token_type).toBe('Bearer');
    const tokens = await oauth.processAuthorizationCodeResponse(as, client, response, {
      expectedNonce: flow.nonce,
      requireIdToken: true,
    });

    // The id_token is RS256-signed with a key published in the JWKS.
    const [header = '', payload = '', signature = ''] = String(tokens.id_token).split('.');
    const { kid, alg } = JSON.parse(Buffer.from(header, 'base64url').toString()) as {
      kid: string;
      alg: string;
    };
    expect(alg).toBe('RS256');
    const jwks = (await (await fetch(as.jwks_uri!)).json()) as { keys: { kid: string }[] };
    const jwk = jwks.keys.find((k) => k.kid === kid);
    expect(jwk).toBeDefined();
    const key = createPublicKey({ key: jwk as never, format: 'jwk' });
    expect(
      verify('sha256', Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url')),
    ).toBe(true);

    const res = await statut(tokens.access_token);
    expect(res.status).toBe(200);
    const body = statutAugmenteSchema.parse(await res.json());
    expect(body).toEqual(findIdentity('eloise-lefevre-nguyen')!.statut);
    expect(body.etatCivil.prenom).toBe('ÉLOÏSE');

    // The eIDAS level FranceConnect authenticated at.
    expect((JSON.parse(Buffer.from(payload, 'base64url').toString()) as { acr?: string }).acr).toBe('eidas1');

    // Userinfo comes signed, as FranceConnect v2 sends it (a JWT, not JSON).
    const userinfo = await oauth.userInfoRequest(as, client, tokens.access_token, insecure);
    expect(userinfo.headers.get('content-type')).toMatch(/^application\/jwt/);
    const [uiHeader = '', uiPayload = '', uiSignature = ''] = (await userinfo.text()).split('.');
    const uiKid = (JSON.parse(Buffer.from(uiHeader, 'base64url').toString()) as { kid: string }).kid;
    const uiKey = createPublicKey({ key: jwks.keys.find((k) => k.kid === uiKid) as never, format: 'jwk' });
    expect(
      verify('sha256', Buffer.from(`${uiHeader}.${uiPayload}`), uiKey, Buffer.from(uiSignature, 'base64url')),
    ).toBe(true);
    expect((JSON.parse(Buffer.from(uiPayload, 'base64url').toString()) as { sub: string }).sub).toBe(
      'eloise-lefevre-nguyen',
    );
  });

  it('refuses client_secret_basic, as FranceConnect v2 does', async () => {
    const flow = await authorize({ identity: 'karim-benali' });
    const response = await exchange(flow, oauth.ClientSecretBasic(FC.clientSecret));
    expect(response.status).toBe(401);
    expect(oauthErrorSchema.parse(await response.json()).error).toBe('invalid_client');
  });

  it('rejects a PKCE verifier that does not match', async () => {
    const flow = await authorize();
    const response = await exchange(flow, undefined, oauth.generateRandomCodeVerifier());
    expect(response.status).toBe(400);
    expect(oauthErrorSchema.parse(await response.json()).error).toBe('invalid_grant');
  });

  it('rejects a reused code', async () => {
    const flow = await authorize();
    expect((await exchange(flow)).status).toBe(200);
    const again = await exchange(flow);
    expect(again.status).toBe(400);
    expect(oauthErrorSchema.parse(await again.json()).error).toBe('invalid_grant');
  });

  it('rejects a wrong client secret', async () => {
    const flow = await authorize();
    const response = await exchange(flow, oauth.ClientSecretPost('pas-le-bon'));
    expect(response.status).toBe(401);
    expect(oauthErrorSchema.parse(await response.json()).error).toBe('invalid_client');
  });

  it('sends access_denied back when the person refuses', async () => {
    const flow = await authorize({ decision: 'refuser' });
    expect(flow.callback.searchParams.get('error')).toBe('access_denied');
    expect(flow.callback.searchParams.get('state')).toBe(flow.state);
    expect(flow.callback.searchParams.get('code')).toBeNull();
  });

  it('answers 403 on the statut for a token without the statut scope', async () => {
    const flow = await authorize({ scope: 'openid' });
    const tokens = await oauth.processAuthorizationCodeResponse(as, client, await exchange(flow), {
      expectedNonce: flow.nonce,
    });
    expect((await statut(tokens.access_token)).status).toBe(403);
  });

  it('answers 401 once the access token is revoked', async () => {
    const flow = await authorize();
    const tokens = await oauth.processAuthorizationCodeResponse(as, client, await exchange(flow), {
      expectedNonce: flow.nonce,
    });
    expect((await statut(tokens.access_token)).status).toBe(200);
    const revoked = await oauth.revocationRequest(
      as,
      client,
      oauth.ClientSecretPost(FC.clientSecret),
      tokens.access_token,
      insecure,
    );
    expect(revoked.status).toBe(200);
    expect((await statut(tokens.access_token)).status).toBe(401);
  });
});

describe('logout', () => {
  it('ends the session and goes back to the registered post-logout URI', async () => {
    const flow = await authorize();
    const tokens = await oauth.processAuthorizationCodeResponse(as, client, await exchange(flow), {
      expectedNonce: flow.nonce,
    });
    const url = new URL(as.end_session_endpoint!);
    url.search = new URLSearchParams({
      id_token_hint: String(tokens.id_token),
      post_logout_redirect_uri: CHROME_REDIRECT,
      state: 'au-revoir',
    }).toString();
    const jar = new CookieJar();
    const page = await jar.fetch(url.href);
    expect(page.status).toBe(200);
    // Without a session cookie there is nothing to confirm: the provider's page submits itself.
    const html = await page.text();
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    expect(xsrf && action).toBeTruthy();
    const done = await jar.fetch(new URL(action!, sim.url).href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf: xsrf!, logout: 'yes' }),
    });
    expect(done.status).toBe(303);
    const back = new URL(done.headers.get('location')!, sim.url);
    expect(back.origin + back.pathname).toBe(CHROME_REDIRECT);
    expect(back.searchParams.get('state')).toBe('au-revoir');
  });
});

describe('authorization request checks', () => {
  async function authorizeStatus(params: Record<string, string>) {
    const url = new URL(as.authorization_endpoint!);
    url.search = new URLSearchParams({
      client_id: FC.clientId,
      response_type: 'code',
      scope: FC.scope,
      state: 'etat',
      nonce: 'nonce',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
      redirect_uri: TEST_REDIRECT_URI,
      ...params,
    }).toString();
    for (const [k, v] of Object.entries(params)) if (v === '') url.searchParams.delete(k);
    const res = await fetch(url, { redirect: 'manual' });
    return { status: res.status, location: res.headers.get('location'), body: await res.text() };
  }

  it('rejects an unregistered redirect_uri without redirecting to it', async () => {
    const res = await authorizeStatus({ redirect_uri: 'https://attacker.example/callback' });
    expect(res.status).toBe(400);
    expect(res.location).toBeNull();
    expect(res.body).not.toMatch(/at .*\.js:\d+/);
  });

  it('accepts the extension redirect URLs, with or without a path', async () => {
    for (const redirect of [
      CHROME_REDIRECT,
      `${CHROME_REDIRECT}franceconnect`,
      'https://0a2c2d3158de7b3e89337ad4cdfae4b99af87f87.extensions.allizom.org/',
    ]) {
      const res = await authorizeStatus({ redirect_uri: redirect });
      expect(res.status, redirect).toBe(303);
      expect(res.location).toContain('/franceconnect/interaction/');
    }
  });

  it('requires state and nonce', async () => {
    expect((await authorizeStatus({ state: '' })).status).toBe(400);
    const noNonce = await authorizeStatus({ nonce: '' });
    expect(noNonce.status).toBe(400);
    expect(noNonce.body).toContain('nonce');
  });

  it('requires PKCE', async () => {
    const res = await authorizeStatus({ code_challenge: '', code_challenge_method: '' });
    expect(res.status).toBe(303);
    expect(new URL(res.location!).searchParams.get('error')).toBe('invalid_request');
  });

  it('rejects a redirect_uri at the token endpoint that differs from the authorize one', async () => {
    const flow = await authorize();
    const response = await exchange({ ...flow, redirectUri: `${CHROME_REDIRECT}autre` });
    expect(response.status).toBe(400);
    expect(oauthErrorSchema.parse(await response.json()).error).toBe('invalid_grant');
  });
});

describe('statut augmenté access', () => {
  it('refuses no token, a made-up token and a partner token', async () => {
    expect((await fetch(`${sim.url}/partenaire/fc-statutaugmente/v1/statut`)).status).toBe(401);
    expect((await statut('inventé')).status).toBe(401);
    expect((await statut(await partnerAccessToken(sim))).status).toBe(401);
  });

  it('refuses an expired FranceConnect token', async () => {
    const shortLived = await startTestSimulator({ tokenLifetimeSeconds: 1, eventCount: 200 });
    try {
      const issuer = new URL(shortLived.issuer);
      const shortAs = await oauth.processDiscoveryResponse(
        issuer,
        await oauth.discoveryRequest(issuer, insecure),
      );
      const previous = { sim, as };
      sim = shortLived;
      as = shortAs;
      try {
        const flow = await authorize();
        const tokens = await oauth.processAuthorizationCodeResponse(as, client, await exchange(flow), {
          expectedNonce: flow.nonce,
        });
        expect(tokens.expires_in).toBe(1);
        await new Promise((r) => setTimeout(r, 2100));
        expect((await statut(tokens.access_token)).status).toBe(401);
      } finally {
        ({ sim, as } = previous);
      }
    } finally {
      await shortLived.close();
    }
  });
});

describe('the gateway’s demo client', () => {
  const GW = GATEWAY_DEMO_CREDENTIALS.franceConnect;
  const gwClient: oauth.Client = { client_id: GW.clientId };

  function authorizeUrl(redirectUri: string, state: string, nonce: string, challenge: string) {
    const url = new URL(as.authorization_endpoint!);
    url.search = new URLSearchParams({
      client_id: GW.clientId,
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: GW.scope,
      state,
      nonce,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }).toString();
    return url;
  }

  it('completes a check flow with its callback on any loopback port', async () => {
    const redirectUri = `http://127.0.0.1:${randomLoopbackPort()}${GW.callbackPath}`;
    const verifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const nonce = oauth.generateRandomNonce();
    const { callback } = await driveProviderLogin(
      sim,
      authorizeUrl(redirectUri, state, nonce, await oauth.calculatePKCECodeChallenge(verifier)),
      { identite: 'karim-benali', decision: 'autoriser' },
    );
    expect(callback.origin + callback.pathname).toBe(redirectUri);
    const params = oauth.validateAuthResponse(as, gwClient, callback, state);
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      gwClient,
      oauth.ClientSecretPost(GW.clientSecret),
      params,
      redirectUri,
      verifier,
      insecure,
    );
    const tokens = await oauth.processAuthorizationCodeResponse(as, gwClient, response, {
      expectedNonce: nonce,
    });
    const body = statutAugmenteSchema.parse(await (await statut(tokens.access_token)).json());
    expect(body).toEqual(findIdentity('karim-benali')!.statut);
  });

  it('refuses the extension’s redirect URLs and other paths or hosts for it', async () => {
    const port = randomLoopbackPort();
    for (const redirect of [
      CHROME_REDIRECT,
      TEST_REDIRECT_URI,
      `http://127.0.0.1:${port}/checks/franceconnect/autre`,
      `http://exemple.test:${port}${GW.callbackPath}`,
    ]) {
      const res = await fetch(
        authorizeUrl(redirect, 'etat', 'nonce', 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'),
        {
          redirect: 'manual',
        },
      );
      expect(res.status, redirect).toBe(400);
      expect(res.headers.get('location')).toBeNull();
    }
    const ok = await fetch(
      authorizeUrl(
        `http://localhost:${port}${GW.callbackPath}`,
        'etat',
        'nonce',
        'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      ),
      { redirect: 'manual' },
    );
    expect(ok.status).toBe(303);
  });

  it('keeps the extension’s own client off the gateway’s loopback callbacks', async () => {
    const url = new URL(as.authorization_endpoint!);
    url.search = new URLSearchParams({
      client_id: FC.clientId,
      redirect_uri: `http://127.0.0.1:${randomLoopbackPort()}${GW.callbackPath}`,
      response_type: 'code',
      scope: FC.scope,
      state: 'etat',
      nonce: 'nonce',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    }).toString();
    expect((await fetch(url, { redirect: 'manual' })).status).toBe(400);
  });
});
