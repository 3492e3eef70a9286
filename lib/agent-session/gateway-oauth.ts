import * as oauth from 'oauth4webapi';
import type { AppError, Result } from '../core/app-error';
import { discoverIssuer, transportFailure } from '../platform/auth/oauth-client';

/**
 * The gateway's authorization server as the extension sees it (contract-proconnect.md):
 * issuer `<gateway>/oauth`, public client `guichet-emploi-extension`, PKCE S256, `state`,
 * DPoP-bound tokens (RFC 9449), scope `openid offline_access`.
 */
export const EXTENSION_CLIENT_ID = 'guichet-emploi-extension';
export const AGENT_SCOPE = 'openid offline_access';

export const gatewayClient: oauth.Client = { client_id: EXTENSION_CLIENT_ID };

export function issuerOf(gateway: string): URL {
  return new URL(`${gateway.replace(/\/+$/, '')}/oauth`);
}

export { clearDiscoveryCache as clearGatewayDiscoveryCache } from '../platform/auth/oauth-client';

/** Maps what oauth4webapi or fetch threw to an error value (codes only: no token, no claim). */
export function gatewayFailure(error: unknown): AppError {
  const service = 'gateway' as const;
  if (error instanceof oauth.AuthorizationResponseError) {
    if (error.error === 'access_denied') return { code: 'access_denied', service, providerCode: error.error };
    return { code: 'auth_failed', service, providerCode: error.error };
  }
  if (error instanceof oauth.ResponseBodyError) {
    // The grant is over (refresh token expired, revoked, reused, or its key lost).
    if (error.error === 'invalid_grant') return { code: 'signed_out', service, status: error.status };
    if (error.status >= 500) return { code: 'server', service, status: error.status };
    return { code: 'auth_failed', service, status: error.status, providerCode: error.error };
  }
  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    return { code: 'signed_out', service, status: error.status };
  }
  return (
    transportFailure(error, service) ?? {
      code: 'internal',
      service,
      detail: error instanceof Error ? error.name : typeof error,
    }
  );
}

export function discoverGateway(gateway: string): Promise<Result<oauth.AuthorizationServer>> {
  return discoverIssuer(issuerOf(gateway), 'oidc', gatewayFailure);
}

/**
 * Runs a DPoP-signed request once more when the server asks for a fresh nonce
 * (`use_dpop_nonce`, RFC 9449 §8–9): the handle has recorded the nonce from the answer.
 */
export async function withDpopNonceRetry<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (oauth.isDPoPNonceError(error)) return run();
    throw error;
  }
}
