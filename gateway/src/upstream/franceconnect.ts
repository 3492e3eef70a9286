/**
 * The gateway as FranceConnect's confidential client (openid-client 6): discovery, the
 * authorization URL with PKCE S256, state and nonce, the code exchange that checks them (and
 * `iss` when the provider sends it, RFC 9207), and the end-session URL. Discovery documents
 * are public metadata, cached per process; everything about a flow lives in the database.
 */
import * as client from 'openid-client';

export interface FranceConnectClient {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export const FRANCECONNECT_SCOPE = 'openid api_fc-statutaugmentev1';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const configurations = new Map<string, Promise<client.Configuration>>();

/** Plain http only towards a loopback provider (the local simulator). */
function options(issuer: URL): client.DiscoveryRequestOptions {
  return issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname)
    ? { execute: [client.allowInsecureRequests], timeout: 10 }
    : { timeout: 10 };
}

export function franceConnectConfiguration(fc: FranceConnectClient): Promise<client.Configuration> {
  const key = `${fc.issuer}\n${fc.clientId}`;
  let pending = configurations.get(key);
  if (!pending) {
    const issuer = new URL(fc.issuer);
    pending = client.discovery(
      issuer,
      fc.clientId,
      { client_secret: fc.clientSecret, id_token_signed_response_alg: 'RS256' },
      client.ClientSecretPost(fc.clientSecret),
      options(issuer),
    );
    // A failed discovery is not cached: the next check tries again.
    pending.catch(() => configurations.delete(key));
    configurations.set(key, pending);
  }
  return pending;
}

export interface AuthorizationRequest {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export async function authorizationRequest(
  fc: FranceConnectClient,
  redirectUri: string,
): Promise<AuthorizationRequest> {
  const secrets = {
    codeVerifier: client.randomPKCECodeVerifier(),
    state: client.randomState(),
    nonce: client.randomNonce(),
  };
  return { url: await authorizationUrl(fc, redirectUri, secrets), ...secrets };
}

/**
 * The authorization URL of a flow from its stored secrets: the same URL every time, so any
 * process can send a browser on to it (the start route) without storing it.
 */
export async function authorizationUrl(
  fc: FranceConnectClient,
  redirectUri: string,
  secrets: Omit<AuthorizationRequest, 'url'>,
): Promise<string> {
  const config = await franceConnectConfiguration(fc);
  return client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: FRANCECONNECT_SCOPE,
    state: secrets.state,
    nonce: secrets.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(secrets.codeVerifier),
    code_challenge_method: 'S256',
    acr_values: 'eidas1',
    prompt: 'login consent',
  }).href;
}

export interface PersonTokens {
  accessToken: string;
  idToken: string;
}

/** Exchanges the code at the callback URL (as the browser reached it, on the public origin). */
export async function exchangeCode(
  fc: FranceConnectClient,
  callbackUrl: URL,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<PersonTokens> {
  const config = await franceConnectConfiguration(fc);
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: checks.codeVerifier,
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    idTokenExpected: true,
  });
  if (!tokens.id_token) throw new Error('No id_token in the token answer');
  return { accessToken: tokens.access_token, idToken: tokens.id_token };
}

export async function endSessionUrl(
  fc: FranceConnectClient,
  params: { idToken: string; state: string; postLogoutRedirectUri: string },
): Promise<string> {
  const config = await franceConnectConfiguration(fc);
  return client.buildEndSessionUrl(config, {
    id_token_hint: params.idToken,
    state: params.state,
    post_logout_redirect_uri: params.postLogoutRedirectUri,
  }).href;
}

/** The kind of failure, for the journal and the agent's words (never the provider's text). */
export function franceConnectFailure(error: unknown): 'refused' | 'franceconnect_unavailable' | 'error' {
  if (error instanceof client.AuthorizationResponseError) {
    return error.error === 'access_denied' ? 'refused' : 'error';
  }
  if (error instanceof client.ResponseBodyError)
    return error.status >= 500 ? 'franceconnect_unavailable' : 'error';
  if (
    error instanceof TypeError ||
    (error instanceof Error && /timeout|fetch failed|ECONNREFUSED/i.test(`${error.name} ${error.message}`))
  ) {
    return 'franceconnect_unavailable';
  }
  if (error instanceof client.ClientError && error.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM') {
    return 'franceconnect_unavailable';
  }
  return 'error';
}
