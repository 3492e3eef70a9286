import * as oauth from 'oauth4webapi';
import { fail, ok, type AppError, type Result } from '../../core/app-error';
import { franceConnectSessionItem } from '../storage/items';
import { classifyIdentityError, type IdentityAdapter } from './identity-adapter';
import { discoverIssuer, requestOptions, transportFailure } from './oauth-client';

export { clearDiscoveryCache } from './oauth-client';

/** What the FranceConnect flow needs (france-travail-apis.md §2). */
export interface FranceConnectConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** The person's tokens: held in memory for one check, never stored beyond it. */
export interface PersonTokens {
  accessToken: string;
  idToken: string;
}

export const STATUS_SCOPE = 'openid api_fc-statutaugmentev1';
/** The person reads, types and consents: generous, but a forgotten window ends. */
export const AUTH_TIMEOUT_MS = 5 * 60_000;
const END_SESSION_TIMEOUT_MS = 10_000;

/** Maps what oauth4webapi or fetch threw to an error value (codes only: no token, no claim). */
export function oauthFailure(error: unknown): AppError {
  const service = 'franceconnect' as const;
  if (error instanceof oauth.AuthorizationResponseError) {
    if (error.error === 'access_denied') return { code: 'access_denied', service, providerCode: error.error };
    return { code: 'auth_failed', service, providerCode: error.error };
  }
  if (error instanceof oauth.ResponseBodyError) {
    return { code: 'auth_failed', service, status: error.status, providerCode: error.error };
  }
  return (
    transportFailure(error, service) ?? {
      code: 'auth_failed',
      service,
      detail: error instanceof Error ? error.name : typeof error,
    }
  );
}

/** The provider's metadata from its discovery document (endpoints are never hard-coded). */
export function discover(issuer: string): Promise<Result<oauth.AuthorizationServer>> {
  return discoverIssuer(new URL(issuer), 'oidc', oauthFailure);
}

/**
 * Always client_secret_post: FranceConnect v2 accepts only it and private_key_jwt (its
 * sandbox's discovery document, fixtures/real/franceconnect/). A provider that would take
 * only client_secret_basic is not FranceConnect, and the token request fails loudly there.
 */
function clientAuth(secret: string): oauth.ClientAuth {
  return oauth.ClientSecretPost(secret);
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The authorization request: PKCE S256, fresh state and nonce, a forced fresh login. */
export function buildAuthorizationUrl(
  as: oauth.AuthorizationServer,
  params: { clientId: string; redirectUri: string; state: string; nonce: string; codeChallenge: string },
): URL {
  if (!as.authorization_endpoint) throw new TypeError('No authorization_endpoint in the discovery document');
  const url = new URL(as.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: params.clientId,
    redirect_uri: params.redirectUri,
    scope: STATUS_SCOPE,
    state: params.state,
    nonce: params.nonce,
    code_challenge: params.codeChallenge,
    code_challenge_method: 'S256',
    // FranceConnect requires an eIDAS level; "login" so the previous person's session never answers.
    acr_values: 'eidas1',
    prompt: 'login consent',
  }).toString();
  return url;
}

/**
 * Runs the person's FranceConnect sign-in through the identity API and exchanges the code:
 * state checked, PKCE verifier sent, the id_token's issuer, audience, expiry and nonce
 * validated by oauth4webapi. The id_token is kept in `storage.session` until the session
 * is ended, so a worker restart mid-check can still end it.
 */
export async function signInPerson(
  config: FranceConnectConfig,
  identity: IdentityAdapter,
  options: { timeoutMs?: number } = {},
): Promise<Result<PersonTokens>> {
  const discovery = await discover(config.issuer);
  if (!discovery.ok) return discovery;
  const as = discovery.value;
  const client: oauth.Client = { client_id: config.clientId };
  const redirectUri = identity.getRedirectURL();
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const nonce = oauth.generateRandomNonce();

  let callback: string;
  try {
    const codeChallenge = await oauth.calculatePKCECodeChallenge(codeVerifier);
    const url = buildAuthorizationUrl(as, {
      clientId: config.clientId,
      redirectUri,
      state,
      nonce,
      codeChallenge,
    });
    const launched = await withTimeout<{ url: string } | { error: AppError }>(
      identity.launchWebAuthFlow({ url: url.href, interactive: true }).then(
        (redirect) => ({ url: redirect }),
        (error: unknown) => ({ error: { code: classifyIdentityError(error), service: 'franceconnect' } }),
      ),
      options.timeoutMs ?? AUTH_TIMEOUT_MS,
      () => ({ error: { code: 'auth_timeout', service: 'franceconnect' } }),
    );
    if ('error' in launched) return fail(launched.error);
    callback = launched.url;
  } catch (error) {
    return fail(oauthFailure(error));
  }

  try {
    if (!callback.startsWith(redirectUri)) {
      return fail({ code: 'auth_failed', service: 'franceconnect', detail: 'Redirect to an unexpected URL' });
    }
    const params = oauth.validateAuthResponse(as, client, new URL(callback), state);
    const issuerUrl = new URL(config.issuer);
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      clientAuth(config.clientSecret),
      params,
      redirectUri,
      codeVerifier,
      requestOptions(issuerUrl),
    );
    const tokens = await oauth.processAuthorizationCodeResponse(as, client, response, {
      expectedNonce: nonce,
      requireIdToken: true,
    });
    const idToken = tokens.id_token;
    if (!idToken) return fail({ code: 'auth_failed', service: 'franceconnect', detail: 'No id_token' });
    await franceConnectSessionItem.setValue({
      idToken,
      endSessionEndpoint: as.end_session_endpoint ?? null,
      redirectUri,
    });
    return ok({ accessToken: tokens.access_token, idToken });
  } catch (error) {
    return fail(oauthFailure(error));
  }
}

/**
 * Ends the person's FranceConnect session (end-session endpoint, in the same browser
 * context as the login, without interaction) and forgets their tokens. Never fails: the
 * tokens are discarded whatever the provider answers. Returns whether a session was open.
 */
export async function endPersonSession(identity: IdentityAdapter): Promise<boolean> {
  const session = await franceConnectSessionItem.getValue();
  await franceConnectSessionItem.removeValue();
  if (!session) return false;
  if (session.endSessionEndpoint) {
    const url = new URL(session.endSessionEndpoint);
    url.searchParams.set('id_token_hint', session.idToken);
    url.searchParams.set('state', oauth.generateRandomState());
    url.searchParams.set('post_logout_redirect_uri', session.redirectUri);
    await withTimeout(
      identity.launchWebAuthFlow({ url: url.href, interactive: false }).then(
        () => undefined,
        () => undefined,
      ),
      END_SESSION_TIMEOUT_MS,
      () => undefined,
    );
  }
  return true;
}
