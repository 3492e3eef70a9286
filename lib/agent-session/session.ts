import * as oauth from 'oauth4webapi';
import { fail, ok, type AppError, type Result } from '../core/app-error';
import { classifyIdentityError, type IdentityAdapter } from '../platform/auth/identity-adapter';
import { requestOptions } from '../platform/auth/oauth-client';
import { agentAccessItem, agentRefreshItem, type StoredAgentAccess } from '../platform/storage/items';
import {
  agentProfileSchema,
  type AgentProfile,
  type AgentSessionState,
  type SignOutReport,
} from './core/agent';
import { createDpopKey, deleteDpopKey, loadDpopKey } from './dpop-key';
import {
  AGENT_SCOPE,
  discoverGateway,
  gatewayClient,
  gatewayFailure,
  withDpopNonceRetry,
} from './gateway-oauth';

/**
 * The agent's session at the organisation gateway, held by the background only: sign-in
 * through `identity.launchWebAuthFlow` (PKCE S256, state, nonce, the code bound to the DPoP
 * key with `dpop_jkt`), DPoP-bound tokens, refresh before expiry (one refresh at a time,
 * shared by every caller), sign-out (revocation, then the gateway's end of session, which
 * ends the ProConnect session too), and an authenticated fetch for the gateway's API.
 */
export interface AgentSessionDeps {
  identity: IdentityAdapter;
  /** The gateway's base URL from the settings, or undefined when none is configured. */
  gatewayUrl: () => Promise<string | undefined>;
  now?: () => number;
  /** How long the sign-in window may stay open. */
  authTimeoutMs?: number;
}

export interface AgentSession {
  signIn(): Promise<Result<AgentSessionState>>;
  signOut(): Promise<Result<SignOutReport>>;
  state(): Promise<Result<AgentSessionState>>;
  /** A valid access token, refreshed first when it is about to expire. */
  accessToken(): Promise<Result<string>>;
  /**
   * A request to the gateway with `Authorization: DPoP <token>` and a fresh proof; retried
   * once for a DPoP nonce, once after a refresh when the token was refused. Only URLs of the
   * configured gateway: the token never goes anywhere else. Redirects are not followed.
   */
  fetch(
    path: string,
    init?: { method?: string; headers?: Record<string, string>; body?: string },
  ): Promise<Result<Response>>;
  /** Who the gateway says is signed in (`GET /api/v1/me`). */
  me(): Promise<Result<AgentProfile>>;
}

/** Refresh when less than this is left: a request never leaves with a dying token. */
export const REFRESH_MARGIN_MS = 60_000;
export const AUTH_TIMEOUT_MS = 5 * 60_000;
const END_SESSION_TIMEOUT_MS = 20_000;
const MAX_PROFILE_BYTES = 64 * 1024;

const signedOut = (detail?: string): AppError => ({
  code: 'signed_out',
  service: 'gateway',
  ...(detail ? { detail } : {}),
});

/** One DPoP handle per key pair: it remembers the server's nonces between requests. */
const handles = new WeakMap<CryptoKeyPair, oauth.DPoPHandle>();
function dpopHandle(key: CryptoKeyPair): oauth.DPoPHandle {
  let handle = handles.get(key);
  if (!handle) {
    handle = oauth.DPoP(gatewayClient, key);
    handles.set(key, handle);
  }
  return handle;
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function clearStoredSession(): Promise<void> {
  await agentAccessItem.removeValue();
  await agentRefreshItem.removeValue();
  await deleteDpopKey();
}

export function createAgentSession(deps: AgentSessionDeps): AgentSession {
  const now = deps.now ?? Date.now;
  let refreshing: Promise<Result<StoredAgentAccess>> | undefined;

  async function gateway(): Promise<Result<string>> {
    const url = await deps.gatewayUrl();
    if (!url) return fail({ code: 'not_configured', service: 'gateway' });
    return ok(url.replace(/\/+$/, ''));
  }

  /** Access and refresh records, ignored (and cleared) when they belong to another gateway. */
  async function storedFor(base: string) {
    const [access, refresh] = await Promise.all([agentAccessItem.getValue(), agentRefreshItem.getValue()]);
    if ((access && access.gateway !== base) || (refresh && refresh.gateway !== base)) {
      await clearStoredSession();
      return { access: null, refresh: null };
    }
    return { access, refresh };
  }

  async function saveTokens(
    base: string,
    tokens: oauth.TokenEndpointResponse,
    previous: StoredAgentAccess | null,
  ): Promise<StoredAgentAccess> {
    const access: StoredAgentAccess = {
      gateway: base,
      accessToken: tokens.access_token,
      // A missing expires_in is treated as the shortest life the contract allows to be safe.
      expiresAt: now() + (tokens.expires_in ?? 60) * 1000,
      ...(tokens.id_token
        ? { idToken: tokens.id_token }
        : previous?.idToken
          ? { idToken: previous.idToken }
          : {}),
      ...(previous?.profile ? { profile: previous.profile } : {}),
    };
    await agentAccessItem.setValue(access);
    // Rotation: the new refresh token replaces the old one (the old one is now refused).
    if (tokens.refresh_token)
      await agentRefreshItem.setValue({ gateway: base, refreshToken: tokens.refresh_token });
    return access;
  }

  async function doRefresh(base: string): Promise<Result<StoredAgentAccess>> {
    const { access, refresh } = await storedFor(base);
    if (!refresh) return fail(signedOut('No refresh token'));
    const key = await loadDpopKey();
    if (!key) {
      await clearStoredSession();
      return fail(signedOut('DPoP key lost'));
    }
    const discovery = await discoverGateway(base);
    if (!discovery.ok) return discovery;
    const as = discovery.value;
    const handle = dpopHandle(key);
    try {
      const tokens = await withDpopNonceRetry(async () => {
        const response = await oauth.refreshTokenGrantRequest(
          as,
          gatewayClient,
          oauth.None(),
          refresh.refreshToken,
          { ...requestOptions(new URL(as.token_endpoint!)), DPoP: handle },
        );
        return oauth.processRefreshTokenResponse(as, gatewayClient, response);
      });
      if (tokens.token_type !== 'dpop') return fail(unbound());
      return ok(await saveTokens(base, tokens, access));
    } catch (error) {
      const failure = gatewayFailure(error);
      // The grant is over: forget everything so the UI asks to sign in again.
      if (failure.code === 'signed_out') await clearStoredSession();
      return fail(failure);
    }
  }

  /** One refresh at a time: concurrent callers share its result. */
  function refreshOnce(base: string): Promise<Result<StoredAgentAccess>> {
    refreshing ??= doRefresh(base).finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  }

  async function currentAccess(options: { forceRefresh?: boolean } = {}): Promise<Result<StoredAgentAccess>> {
    const base = await gateway();
    if (!base.ok) return base;
    const { access, refresh } = await storedFor(base.value);
    if (!options.forceRefresh && access && access.expiresAt - now() > REFRESH_MARGIN_MS) return ok(access);
    if (!refresh) {
      if (access && access.expiresAt > now() && !options.forceRefresh) return ok(access);
      return fail(signedOut(access ? 'Access token expired' : undefined));
    }
    return refreshOnce(base.value);
  }

  async function authorisedFetch(
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: string } = {},
  ): Promise<Result<Response>> {
    const base = await gateway();
    if (!base.ok) return base;
    const url = new URL(path, `${base.value}/`);
    if (url.origin !== new URL(base.value).origin) {
      return fail({ code: 'invalid_request', service: 'gateway', detail: 'URL outside the gateway' });
    }
    let refreshed = false;
    for (;;) {
      const access = await currentAccess({ forceRefresh: refreshed });
      if (!access.ok) return access;
      const key = await loadDpopKey();
      if (!key) {
        await clearStoredSession();
        return fail(signedOut('DPoP key lost'));
      }
      try {
        const response = await withDpopNonceRetry(() =>
          oauth.protectedResourceRequest(
            access.value.accessToken,
            init.method ?? 'GET',
            url,
            new Headers(init.headers),
            init.body ?? null,
            { ...requestOptions(url), DPoP: dpopHandle(key) },
          ),
        );
        return ok(response);
      } catch (error) {
        // The token was refused (expired early, revoked): one refresh, then give up.
        if (error instanceof oauth.WWWAuthenticateChallengeError && !refreshed) {
          refreshed = true;
          continue;
        }
        return fail(gatewayFailure(error));
      }
    }
  }

  async function me(): Promise<Result<AgentProfile>> {
    const response = await authorisedFetch('/api/v1/me', { headers: { Accept: 'application/json' } });
    if (!response.ok) return response;
    const res = response.value;
    if (res.status !== 200) {
      return fail({
        code: res.status === 401 ? 'signed_out' : res.status >= 500 ? 'server' : 'invalid_answer',
        service: 'gateway',
        status: res.status,
      });
    }
    const text = await res.text();
    if (text.length > MAX_PROFILE_BYTES) {
      return fail({ code: 'invalid_answer', service: 'gateway', detail: 'Answer too large' });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return fail({ code: 'invalid_answer', service: 'gateway', detail: 'Body is not JSON' });
    }
    const parsed = agentProfileSchema.safeParse(json);
    if (!parsed.success) {
      return fail({ code: 'invalid_answer', service: 'gateway', detail: 'Unexpected /me answer shape' });
    }
    return ok(parsed.data);
  }

  /** The profile, from the session record or asked to the gateway once and kept beside the token. */
  async function signedInState(access: StoredAgentAccess): Promise<Result<AgentSessionState>> {
    let profile = access.profile;
    if (!profile) {
      const fetched = await me();
      if (!fetched.ok) return fetched;
      profile = fetched.value;
      const latest = await agentAccessItem.getValue();
      if (latest) await agentAccessItem.setValue({ ...latest, profile });
    }
    const latest = (await agentAccessItem.getValue()) ?? access;
    return ok({
      status: 'signed_in',
      profile,
      accessTokenExpiresAt: new Date(latest.expiresAt).toISOString(),
    });
  }

  async function state(): Promise<Result<AgentSessionState>> {
    const base = await gateway();
    if (!base.ok) return ok({ status: 'not_configured' });
    const { access, refresh } = await storedFor(base.value);
    if (!access && !refresh) return ok({ status: 'signed_out' });
    const current = await currentAccess();
    if (!current.ok) {
      if (current.error.code === 'signed_out') return ok({ status: 'signed_out' });
      return current;
    }
    const result = await signedInState(current.value);
    if (!result.ok && result.error.code === 'signed_out') return ok({ status: 'signed_out' });
    return result;
  }

  async function signIn(): Promise<Result<AgentSessionState>> {
    const base = await gateway();
    if (!base.ok) return base;
    const discovery = await discoverGateway(base.value);
    if (!discovery.ok) return discovery;
    const as = discovery.value;
    if (!as.authorization_endpoint || !as.token_endpoint) {
      return fail({ code: 'invalid_answer', service: 'gateway', detail: 'Discovery lacks endpoints' });
    }
    // A previous session (another agent, perhaps) is forgotten; each sign-in has its own key.
    await clearStoredSession();
    const key = await createDpopKey();
    const handle = dpopHandle(key);
    const redirectUri = deps.identity.getRedirectURL();
    const codeVerifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const nonce = oauth.generateRandomNonce();

    let callback: string;
    try {
      const url = new URL(as.authorization_endpoint);
      url.search = new URLSearchParams({
        response_type: 'code',
        client_id: gatewayClient.client_id,
        redirect_uri: redirectUri,
        scope: AGENT_SCOPE,
        state,
        nonce,
        code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        // RFC 9449 §10: the code can only be redeemed with this key.
        dpop_jkt: await handle.calculateThumbprint(),
        // OpenID Connect Core §11: a refresh token (offline_access) needs a consent prompt.
        prompt: 'consent',
      }).toString();
      const launched = await withTimeout<{ url: string } | { error: AppError }>(
        deps.identity.launchWebAuthFlow({ url: url.href, interactive: true }).then(
          (redirect) => ({ url: redirect }),
          (error: unknown) => ({ error: { code: classifyIdentityError(error), service: 'gateway' } }),
        ),
        deps.authTimeoutMs ?? AUTH_TIMEOUT_MS,
        () => ({ error: { code: 'auth_timeout', service: 'gateway' } }),
      );
      if ('error' in launched) {
        await deleteDpopKey();
        return fail(launched.error);
      }
      callback = launched.url;
    } catch (error) {
      await deleteDpopKey();
      return fail(gatewayFailure(error));
    }

    try {
      if (!callback.startsWith(redirectUri)) {
        await deleteDpopKey();
        return fail({ code: 'auth_failed', service: 'gateway', detail: 'Redirect to an unexpected URL' });
      }
      const params = oauth.validateAuthResponse(as, gatewayClient, new URL(callback), state);
      const tokens = await withDpopNonceRetry(async () => {
        const response = await oauth.authorizationCodeGrantRequest(
          as,
          gatewayClient,
          oauth.None(),
          params,
          redirectUri,
          codeVerifier,
          { ...requestOptions(new URL(as.token_endpoint!)), DPoP: handle },
        );
        return oauth.processAuthorizationCodeResponse(as, gatewayClient, response, {
          expectedNonce: nonce,
          requireIdToken: true,
        });
      });
      if (tokens.token_type !== 'dpop') {
        await deleteDpopKey();
        return fail(unbound());
      }
      const access = await saveTokens(base.value, tokens, null);
      return signedInState(access);
    } catch (error) {
      await clearStoredSession();
      return fail(gatewayFailure(error));
    }
  }

  async function revoke(as: oauth.AuthorizationServer, token: string): Promise<boolean> {
    if (!as.revocation_endpoint) return false;
    try {
      const response = await oauth.revocationRequest(
        as,
        gatewayClient,
        oauth.None(),
        token,
        requestOptions(new URL(as.revocation_endpoint)),
      );
      await oauth.processRevocationResponse(response);
      return true;
    } catch {
      return false;
    }
  }

  async function signOut(): Promise<Result<SignOutReport>> {
    const base = await gateway();
    const access = await agentAccessItem.getValue();
    const refresh = await agentRefreshItem.getValue();
    // Whatever the gateway answers, nothing of the session stays in the browser.
    await clearStoredSession();
    if (!base.ok || (!access && !refresh)) return ok({ revoked: false, sessionEnded: false });
    const discovery = await discoverGateway(access?.gateway ?? refresh?.gateway ?? base.value);
    if (!discovery.ok) return ok({ revoked: false, sessionEnded: false });
    const as = discovery.value;

    // The refresh token first: revoking it ends the grant, and with it the access token.
    const revocations = [
      ...(refresh ? [revoke(as, refresh.refreshToken)] : []),
      ...(access ? [revoke(as, access.accessToken)] : []),
    ];
    const revoked = (await Promise.all(revocations)).every(Boolean);

    let sessionEnded = false;
    if (as.end_session_endpoint) {
      const redirectUri = deps.identity.getRedirectURL();
      const url = new URL(as.end_session_endpoint);
      url.searchParams.set('client_id', gatewayClient.client_id);
      if (access?.idToken) url.searchParams.set('id_token_hint', access.idToken);
      url.searchParams.set('post_logout_redirect_uri', redirectUri);
      const logoutState = oauth.generateRandomState();
      url.searchParams.set('state', logoutState);
      // No interaction: the gateway ends its session and ProConnect's, then comes back.
      const back = await withTimeout(
        deps.identity.launchWebAuthFlow({ url: url.href, interactive: false, scriptRedirects: true }).then(
          (redirect) => redirect,
          () => undefined,
        ),
        END_SESSION_TIMEOUT_MS,
        () => undefined,
      );
      if (back?.startsWith(redirectUri)) {
        sessionEnded = new URL(back).searchParams.get('state') === logoutState;
      }
    }
    return ok({ revoked, sessionEnded });
  }

  return {
    signIn,
    signOut,
    state,
    accessToken: async () => {
      const access = await currentAccess();
      return access.ok ? ok(access.value.accessToken) : access;
    },
    fetch: authorisedFetch,
    me,
  };
}

function unbound(): AppError {
  return {
    code: 'auth_failed',
    service: 'gateway',
    detail: 'The gateway issued a token not bound to the DPoP key',
  };
}
