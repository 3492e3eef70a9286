import * as oauth from 'oauth4webapi';
import { fail, ok, type AppError, type Result } from '../../core/app-error';

/**
 * What the extension's two OAuth clients share (the direct FranceConnect client and the agent's
 * sign-in at the gateway): transport options, the discovery cache, and the mapping of what
 * oauth4webapi or fetch threw that does not depend on the server.
 */

const REQUEST_TIMEOUT_MS = 15_000;

/** Plain http is accepted for a server on this machine only (simulator, demo, tests). */
export function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** oauth4webapi's options for a call to `url`: plain http only on loopback, and a timeout. */
export function requestOptions(url: URL) {
  return {
    [oauth.allowInsecureRequests]: url.protocol === 'http:' && isLoopback(url),
    signal: () => AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  };
}

type Service = AppError['service'];

/**
 * The failures every server gives alike: a processing error (a 5xx behind it is the server's),
 * a timeout, the network. Undefined for the server-specific ones, which each client maps.
 */
export function transportFailure(error: unknown, service: Service): AppError | undefined {
  if (error instanceof oauth.OperationProcessingError) {
    const status = error.cause instanceof Response ? error.cause.status : undefined;
    if (status !== undefined && status >= 500) return { code: 'server', service, status };
    return { code: 'auth_failed', service, detail: `${error.code ?? 'OAUTH_ERROR'}: ${error.message}` };
  }
  if (error instanceof DOMException && error.name === 'TimeoutError') return { code: 'timeout', service };
  if (error instanceof TypeError) return { code: 'network', service };
  return undefined;
}

/** Discovery documents by issuer, for the worker's lifetime (public metadata). */
const discovered = new Map<string, oauth.AuthorizationServer>();

/** The server's metadata from its discovery document (endpoints are never hard-coded). */
export async function discoverIssuer(
  issuer: URL,
  algorithm: 'oidc' | 'oauth2',
  failure: (error: unknown) => AppError,
): Promise<Result<oauth.AuthorizationServer>> {
  const cached = discovered.get(issuer.href);
  if (cached) return ok(cached);
  try {
    const response = await oauth.discoveryRequest(issuer, { ...requestOptions(issuer), algorithm });
    const as = await oauth.processDiscoveryResponse(issuer, response);
    discovered.set(issuer.href, as);
    return ok(as);
  } catch (error) {
    return fail(failure(error));
  }
}

/** Forgets cached discovery documents (tests, settings change). */
export function clearDiscoveryCache(): void {
  discovered.clear();
}
