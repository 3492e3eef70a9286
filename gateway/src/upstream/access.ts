/**
 * The gateway's side of lib/'s `ApiAccess` seam: the same clients, normalisers and schemas
 * as the extension (lib/status, lib/events), with the credentials held here. Each route
 * builds the one capability it needs; the others answer "not on this path" if ever called.
 */
import type { ApiAccess, ApiCall, PersonCall } from '../../../lib/platform/auth/api-access';
import { fail, type Result } from '../../../lib/core/app-error';
import { send, type HttpAnswer, type HttpPolicy } from '../../../lib/platform/http/http-client';

/**
 * The gateway's upstream HTTP policy: no inner retry of a 429 (the central limiter decides for
 * every agent), a short back-off on 502/503/504, a budget under the extension's own timeout.
 */
export const GATEWAY_HTTP_POLICY: HttpPolicy = {
  attemptTimeoutMs: 10_000,
  budgetMs: 15_000,
  maxRetryAfterMs: 0,
  backoffMs: [300],
  // A page of 100 events is a few hundred KB: 8 MB is far above any real answer, and bounds
  // what a hostile or broken upstream can make the gateway hold (found by the resilience suite).
  maxBodyBytes: 8 * 1024 * 1024,
};

export function buildUrl(base: string, call: Pick<ApiCall, 'path' | 'query'>): string {
  const url = new URL(`${base.replace(/\/+$/, '')}${call.path}`);
  for (const [key, value] of Object.entries(call.query ?? {})) url.searchParams.set(key, String(value));
  return url.href;
}

export function bearerRequest(
  base: string,
  token: string,
  call: ApiCall,
  service: 'events' | 'api-particulier' | 'status',
): Promise<Result<HttpAnswer>> {
  return send(
    {
      url: buildUrl(base, call),
      method: call.method ?? 'GET',
      headers: {
        Authorization: `Bearer ${token}`,
        Accept: 'application/json',
        ...(call.json === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(call.json === undefined ? {} : { body: JSON.stringify(call.json) }),
      ...(call.signal ? { signal: call.signal } : {}),
      service,
    },
    GATEWAY_HTTP_POLICY,
  );
}

const notHere = () => fail({ code: 'internal' as const, detail: 'This upstream is not used on this path' });

export function accessWith(parts: {
  events?: ApiAccess['events'];
  apiParticulier?: ApiAccess['apiParticulier'];
  person?: PersonCall;
}): ApiAccess {
  return {
    events: parts.events ?? (async () => notHere()),
    apiParticulier: parts.apiParticulier ?? (async () => notHere()),
    async withPerson(use) {
      return parts.person ? use(parts.person) : notHere();
    },
    async forgetTokens() {
      return 0;
    },
  };
}
