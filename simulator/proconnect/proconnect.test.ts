// @vitest-environment node
import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oauthErrorSchema } from '../../lib/platform/auth/core/oauth';
import {
  PROCONNECT_ACR,
  PROCONNECT_AGENTS,
  PROCONNECT_IDENTITY_PROVIDERS,
  findAgentByKey,
} from '../data/agents';
import { GATEWAY_DEMO_CREDENTIALS } from '../data/gateway-clients';
import type { RunningSimulator } from '../server';
import { CookieJar, driveProviderLogin, randomLoopbackPort, startTestSimulator } from '../test-support';

const PC = GATEWAY_DEMO_CREDENTIALS.proConnect;
const client: oauth.Client = {
  client_id: PC.clientId,
  userinfo_signed_response_alg: 'RS256',
  id_token_signed_response_alg: 'RS256',
};
const auth = oauth.ClientSecretPost(PC.clientSecret);
const insecure = { [oauth.allowInsecureRequests]: true };
const ALL_SCOPES =
  'openid given_name usual_name email uid siret idp_id organizational_unit belonging_population phone';

let sim: RunningSimulator;
let as: oauth.AuthorizationServer;

beforeAll(async () => {
  sim = await startTestSimulator({ eventCount: 50 });
  const issuer = new URL(sim.proConnectIssuer);
  as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, insecure));
});
afterAll(() => sim.close());

interface FlowOptions {
  agent?: string;
  decision?: 'continuer' | 'annuler';
  scope?: string;
  redirectUri?: string;
  extra?: Record<string, string>;
  jar?: CookieJar;
}

function callbackUri(host = '127.0.0.1', port = randomLoopbackPort()) {
  return `http://${host}:${port}${PC.callbackPath}`;
}

async function authorize(options: FlowOptions = {}) {
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const nonce = oauth.generateRandomNonce();
  const redirectUri = options.redirectUri ?? callbackUri();
  const url = new URL(as.authorization_endpoint!);
  url.search = new URLSearchParams({
    client_id: PC.clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: options.scope ?? PC.scope,
    state,
    nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    ...options.extra,
  }).toString();
  const { callback, html } = await driveProviderLogin(
    sim,
    url,
    {
      agent: options.agent ?? 'riom-agent',
      decision: options.decision ?? 'continuer',
    },
    options.jar,
  );
  return { callback, html, verifier, state, nonce, redirectUri };
}

async function signIn(options: FlowOptions = {}) {
  const flow = await authorize(options);
  const params = oauth.validateAuthResponse(as, client, flow.callback, flow.state);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    auth,
    params,
    flow.redirectUri,
    flow.verifier,
    insecure,
  );
  const tokens = await oauth.processAuthorizationCodeResponse(as, client, response, {
    expectedNonce: flow.nonce,
    requireIdToken: true,
  });
  const idToken = oauth.getValidatedIdTokenClaims(tokens)!;
  const userinfoResponse = await oauth.userInfoRequest(as, client, tokens.access_token, insecure);
  const contentType = userinfoResponse.headers.get('content-type');
  // processUserInfoResponse verifies the JWT's signature against the provider's JWKS.
  const userinfo = await oauth.processUserInfoResponse(as, client, idToken.sub, userinfoResponse);
  return { flow, tokens, idToken, userinfo, contentType };
}

describe('ProConnect discovery', () => {
  it('publishes the issuer, endpoints and ProConnect’s rules', async () => {
    expect(as.issuer).toBe(`${sim.url}/proconnect`);
    for (const endpoint of [
      as.authorization_endpoint,
      as.token_endpoint,
      as.userinfo_endpoint,
      as.jwks_uri,
      as.end_session_endpoint,
    ])
      expect(endpoint?.startsWith(`${sim.url}/proconnect/`)).toBe(true);
    expect(as.token_endpoint_auth_methods_supported).toEqual(['client_secret_post', 'private_key_jwt']);
    expect(as.code_challenge_methods_supported).toEqual(['S256']);
    expect(as.response_types_supported).toEqual(['code']);
    expect(as.scopes_supported).toEqual(expect.arrayContaining([...ALL_SCOPES.split(' '), 'chorusdt']));
    expect(as.acr_values_supported).toEqual([
      'eidas1',
      'https://proconnect.gouv.fr/assurance/self-asserted-2fa',
      'https://proconnect.gouv.fr/assurance/consistency-checked-2fa',
    ]);
    expect(as.userinfo_signing_alg_values_supported).toEqual(expect.arrayContaining(['RS256', 'ES256']));
    expect(as.claims_parameter_supported).toBe(true);
    expect(as.claims_supported).toEqual(
      expect.arrayContaining(['given_name', 'usual_name', 'email', 'uid', 'siret', 'idp_id', 'acr', 'amr']),
    );
  });
});

describe('ProConnect code flow', () => {
  it('signs a Riom agent in with PKCE: id_token with acr, signed userinfo with the claims', async () => {
    const { flow, idToken, userinfo, contentType } = await signIn({ agent: 'riom-agent' });
    const agent = findAgentByKey('riom-agent')!;
    expect(flow.html).toContain('<html lang="fr">');
    expect(flow.callback.origin + flow.callback.pathname).toBe(flow.redirectUri);
    expect(idToken.sub).toBe(agent.sub);
    expect(idToken.acr).toBe('eidas1');
    expect(idToken.nonce).toBe(flow.nonce);
    // ProConnect's id_token stays small: the person's claims come from the userinfo.
    expect(idToken.email).toBeUndefined();
    expect(contentType).toMatch(/^application\/jwt/);
    expect(userinfo).toMatchObject({
      sub: agent.sub,
      given_name: 'Camille',
      usual_name: 'Martin',
      email: 'camille.martin@ville-riom.fr',
      uid: 'riom-0001',
      siret: '21630300400016',
      idp_id: PROCONNECT_IDENTITY_PROVIDERS.riom.id,
    });
    // Not asked for: not released.
    expect(userinfo.organizational_unit).toBeUndefined();
    expect(userinfo.phone_number).toBeUndefined();
  });

  it('releases the optional claims only for their scopes', async () => {
    const { userinfo } = await signIn({ agent: 'riom-agent', scope: ALL_SCOPES });
    expect(userinfo.organizational_unit).toBe('Service emploi et insertion');
    expect(userinfo.belonging_population).toBe('agent');
    expect(userinfo.phone_number).toBe('04 73 00 00 01');
    const minimal = await signIn({ agent: 'riom-agent', scope: 'openid email' });
    expect(minimal.userinfo.email).toBe('camille.martin@ville-riom.fr');
    expect(minimal.userinfo.siret).toBeUndefined();
    expect(minimal.userinfo.given_name).toBeUndefined();
  });

  it('gives an agent whose identity provider sends no SIRET no siret claim', async () => {
    const { userinfo } = await signIn({ agent: 'no-siret' });
    expect(userinfo.email).toBe('jo.lambert@ville-riom.fr');
    expect(userinfo.idp_id).toBe(PROCONNECT_IDENTITY_PROVIDERS.moncomptepro.id);
    expect('siret' in userinfo).toBe(false);
  });

  it('accepts localhost and any port for the callback', async () => {
    const { userinfo } = await signIn({ agent: 'outsider', redirectUri: callbackUri('localhost', 8788) });
    expect(userinfo.siret).toBe('44123456700010');
  });
});

describe('acr', () => {
  const twoFactor = `${PROCONNECT_ACR.selfAsserted2fa} ${PROCONNECT_ACR.consistencyChecked2fa}`;

  it('returns the two-factor level of an agent who has it, when acr_values asks for it', async () => {
    const ccas = await signIn({ agent: 'ccas-agent', extra: { acr_values: twoFactor } });
    expect(ccas.flow.html).toContain('Niveau demandé par le service');
    expect(ccas.idToken.acr).toBe(PROCONNECT_ACR.selfAsserted2fa);
    const dpo = await signIn({ agent: 'ccas-dpo', extra: { acr_values: twoFactor } });
    expect(dpo.idToken.acr).toBe(PROCONNECT_ACR.consistencyChecked2fa);
  });

  it('returns the agent’s real level when acr_values is only voluntary (the service checks it)', async () => {
    const { idToken } = await signIn({ agent: 'ccas-no2fa', extra: { acr_values: twoFactor } });
    expect(idToken.acr).toBe('eidas1');
  });

  it('fails the authentication when an essential acr cannot be met, and sends amr when asked', async () => {
    const claims = JSON.stringify({
      id_token: {
        acr: { essential: true, values: twoFactor.split(' ') },
        amr: { essential: true },
      },
    });
    const refused = await authorize({ agent: 'ccas-no2fa', extra: { claims } });
    expect(refused.callback.searchParams.get('error')).toBe('access_denied');
    expect(refused.callback.searchParams.get('state')).toBe(refused.state);
    expect(refused.callback.searchParams.get('code')).toBeNull();

    const { idToken } = await signIn({ agent: 'ccas-agent', extra: { claims } });
    expect(idToken.acr).toBe(PROCONNECT_ACR.selfAsserted2fa);
    expect(idToken.amr).toEqual(['pwd', 'totp', 'mfa']);
  });
});

describe('login page', () => {
  it('lists the seven test agents as labelled radio buttons in a fieldset', async () => {
    const { html } = await authorize({ decision: 'annuler' });
    expect(html).toMatch(/<fieldset>\s*<legend>Choisissez un agent de test<\/legend>/);
    expect(PROCONNECT_AGENTS).toHaveLength(7);
    for (const agent of PROCONNECT_AGENTS) {
      expect(html).toContain(`<input type="radio" id="agent-${agent.key}" name="agent" value="${agent.key}"`);
      expect(html).toContain(`<label for="agent-${agent.key}">`);
    }
    expect(html).toContain('aucun SIRET transmis');
  });

  it('sends access_denied back when the agent cancels', async () => {
    const flow = await authorize({ decision: 'annuler' });
    expect(flow.callback.searchParams.get('error')).toBe('access_denied');
    expect(flow.callback.searchParams.get('state')).toBe(flow.state);
  });
});

describe('client and request checks', () => {
  async function authorizeStatus(params: Record<string, string>) {
    const url = new URL(as.authorization_endpoint!);
    url.search = new URLSearchParams({
      client_id: PC.clientId,
      response_type: 'code',
      scope: PC.scope,
      state: oauth.generateRandomState(),
      nonce: oauth.generateRandomNonce(),
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
      redirect_uri: callbackUri(),
      ...params,
    }).toString();
    for (const [k, v] of Object.entries(params)) if (v === '') url.searchParams.delete(k);
    const res = await fetch(url, { redirect: 'manual' });
    return { status: res.status, location: res.headers.get('location'), body: await res.text() };
  }

  it('refuses unregistered redirect URIs without redirecting to them', async () => {
    const port = randomLoopbackPort();
    for (const redirect of [
      'https://attacker.example/auth/proconnect/callback',
      `http://attacker.example:${port}/auth/proconnect/callback`,
      `http://127.0.0.1:${port}/auth/proconnect/autre`,
      `http://127.0.0.1:${port}/auth/proconnect/callback?x=1`,
      `https://127.0.0.1:${port}/auth/proconnect/callback`,
      `http://127.0.0.1:${port}/auth/proconnect/logged-out`,
      'https://elangemhemgkbajjllcmdnnfleoelhfk.chromiumapp.org/',
    ]) {
      const res = await authorizeStatus({ redirect_uri: redirect });
      expect(res.status, redirect).toBe(400);
      expect(res.location, redirect).toBeNull();
      expect(res.body).toContain('redirect_uri');
    }
  });

  it('requires state, nonce and PKCE', async () => {
    expect((await authorizeStatus({ state: '' })).status).toBe(400);
    expect((await authorizeStatus({ nonce: '' })).body).toContain('nonce');
    const noPkce = await authorizeStatus({ code_challenge: '', code_challenge_method: '' });
    expect(noPkce.status).toBe(303);
    expect(new URL(noPkce.location!).searchParams.get('error')).toBe('invalid_request');
    const plain = await authorizeStatus({ code_challenge_method: 'plain' });
    expect(new URL(plain.location!).searchParams.get('error')).toBe('invalid_request');
  });

  it('refuses client authentication `none` and a wrong secret at the token endpoint', async () => {
    for (const clientAuth of [oauth.None(), oauth.ClientSecretPost('pas-le-bon')]) {
      const flow = await authorize();
      const params = oauth.validateAuthResponse(as, client, flow.callback, flow.state);
      const response = await oauth.authorizationCodeGrantRequest(
        as,
        client,
        clientAuth,
        params,
        flow.redirectUri,
        flow.verifier,
        insecure,
      );
      expect(response.status).toBe(401);
      expect(oauthErrorSchema.parse(await response.json()).error).toBe('invalid_client');
    }
  });

  it('refuses a PKCE verifier that does not match', async () => {
    const flow = await authorize();
    const params = oauth.validateAuthResponse(as, client, flow.callback, flow.state);
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      auth,
      params,
      flow.redirectUri,
      oauth.generateRandomCodeVerifier(),
      insecure,
    );
    expect(response.status).toBe(400);
    expect(oauthErrorSchema.parse(await response.json()).error).toBe('invalid_grant');
  });
});

describe('end session', () => {
  async function endSession(idToken: string, postLogout: string, state: string, jar = new CookieJar()) {
    const url = new URL(as.end_session_endpoint!);
    url.search = new URLSearchParams({
      id_token_hint: idToken,
      post_logout_redirect_uri: postLogout,
      state,
    }).toString();
    const page = await jar.fetch(url.href);
    const html = await page.text();
    return { page, html };
  }

  it('ends the session and goes back to the loopback post-logout URI with the state', async () => {
    const jar = new CookieJar();
    const { tokens } = await signIn({ jar });
    expect(jar.header()).toContain('_proconnect_session=');
    const postLogout = `http://127.0.0.1:${randomLoopbackPort()}${PC.postLogoutPath}`;
    const { page, html } = await endSession(String(tokens.id_token), postLogout, 'au-revoir', jar);
    expect(page.status).toBe(200);
    // The session exists, so the provider shows its own (self-submitting) logout page.
    expect(html).toContain('Vous allez être déconnecté du simulateur ProConnect.');
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    expect(xsrf && action).toBeTruthy();
    const done = await jar.fetch(new URL(action!, sim.url).href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf: xsrf!, logout: 'yes' }),
    });
    expect(done.status).toBe(303);
    const back = new URL(done.headers.get('location')!);
    expect(back.origin + back.pathname).toBe(postLogout);
    expect(back.searchParams.get('state')).toBe('au-revoir');
    expect(jar.header()).not.toContain('_proconnect_session=');
  });

  it('refuses a post-logout URI that is not registered', async () => {
    const { tokens } = await signIn();
    const { page, html } = await endSession(
      String(tokens.id_token),
      'https://attacker.example/auth/proconnect/logged-out',
      'x',
    );
    expect(page.status).toBe(400);
    expect(html).toContain('post_logout_redirect_uri');
  });
});
