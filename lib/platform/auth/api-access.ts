import type { Endpoints } from '../../settings/core/endpoints';
import { fail, type Result } from '../../core/app-error';
import { send, type HttpAnswer } from '../http/http-client';
import { endPersonSession, signInPerson } from './franceconnect';
import type { IdentityAdapter } from './identity-adapter';
import { EVENTS_SCOPE, forgetPartnerToken, getPartnerToken } from './partner-token';

export interface ApiCall {
  /** Path under the service's base, e.g. `/mee/evenements`. */
  path: string;
  method?: 'GET' | 'POST';
  query?: Record<string, string | number>;
  /** Sent as JSON. */
  json?: unknown;
  signal?: AbortSignal;
}

/** Calls the person's FranceConnect-protected status resource (once, in `withPerson`). */
export type PersonCall = (signal?: AbortSignal) => Promise<Result<HttpAnswer>>;

/**
 * How the direct mode reaches the remote APIs: who holds which credential and how a call is
 * authenticated, in the extension. It speaks HTTP (paths under each service's base), so it is
 * internal to the direct implementation; the seam the handlers see is the domain-level
 * Backend (lib/background/handlers/backend.ts), which an organisation gateway implements.
 */
export interface ApiAccess {
  /** France Travail events API, with the partner (client credentials) token. */
  events(call: ApiCall): Promise<Result<HttpAnswer>>;
  /** API Particulier v3, with the organisation's bearer token. */
  apiParticulier(call: ApiCall): Promise<Result<HttpAnswer>>;
  /**
   * Signs the person in with FranceConnect, lets `use` read their status once, then ends
   * their FranceConnect session and discards their tokens, whatever happened.
   */
  withPerson<T>(use: (call: PersonCall) => Promise<Result<T>>): Promise<Result<T>>;
  /** Forgets every token; returns how many were held. */
  forgetTokens(): Promise<number>;
}

export function buildUrl(base: string, call: Pick<ApiCall, 'path' | 'query'>): string {
  const url = new URL(`${base.replace(/\/+$/, '')}${call.path}`);
  for (const [key, value] of Object.entries(call.query ?? {})) url.searchParams.set(key, String(value));
  return url.href;
}

function jsonHeaders(token: string, call: ApiCall): Record<string, string> {
  return {
    Authorization: `Bearer ${token}`,
    Accept: 'application/json',
    ...(call.json === undefined ? {} : { 'Content-Type': 'application/json' }),
  };
}

const notConfigured = (service: 'events' | 'franceconnect' | 'api-particulier', missing: string) =>
  fail({ code: 'not_configured', service, detail: `Missing ${missing}` });

export function createDirectApiAccess(deps: {
  loadEndpoints: () => Promise<Endpoints>;
  identity: IdentityAdapter;
}): ApiAccess {
  return {
    async events(call) {
      const endpoints = await deps.loadEndpoints();
      const { partnerClientId: clientId, partnerClientSecret: clientSecret } = endpoints;
      if (!clientId || !clientSecret) return notConfigured('events', 'partner client id or secret');
      const credentials = {
        tokenUrl: endpoints.partnerTokenUrl,
        clientId,
        clientSecret,
        scope: EVENTS_SCOPE,
      };
      const request = (token: string) =>
        send({
          url: buildUrl(endpoints.eventsApiUrl, call),
          method: call.method ?? 'GET',
          headers: jsonHeaders(token, call),
          ...(call.json === undefined ? {} : { body: JSON.stringify(call.json) }),
          ...(call.signal ? { signal: call.signal } : {}),
          service: 'events',
        });
      const token = await getPartnerToken(credentials);
      if (!token.ok) return token;
      const first = await request(token.value);
      if (!first.ok || first.value.status !== 401) return first;
      // The token may have been revoked or expired early: renew once, then let a 401 stand.
      const renewed = await getPartnerToken(credentials, { renew: true });
      if (!renewed.ok) return renewed;
      return request(renewed.value);
    },

    async apiParticulier(call) {
      const endpoints = await deps.loadEndpoints();
      if (!endpoints.apiParticulierToken) return notConfigured('api-particulier', 'organisation token');
      return send({
        url: buildUrl(endpoints.apiParticulierUrl, call),
        method: call.method ?? 'GET',
        headers: jsonHeaders(endpoints.apiParticulierToken, call),
        ...(call.signal ? { signal: call.signal } : {}),
        service: 'api-particulier',
      });
    },

    async withPerson(use) {
      const endpoints = await deps.loadEndpoints();
      const { franceConnectClientId: clientId, franceConnectClientSecret: clientSecret } = endpoints;
      if (!clientId || !clientSecret)
        return notConfigured('franceconnect', 'FranceConnect client id or secret');
      const tokens = await signInPerson(
        { issuer: endpoints.franceConnectIssuer, clientId, clientSecret },
        deps.identity,
      );
      if (!tokens.ok) return tokens;
      try {
        return await use((signal) =>
          send({
            url: endpoints.statusApiUrl,
            headers: { Authorization: `Bearer ${tokens.value.accessToken}`, Accept: 'application/json' },
            ...(signal ? { signal } : {}),
            service: 'status',
          }),
        );
      } finally {
        await endPersonSession(deps.identity);
      }
    },

    async forgetTokens() {
      const [partner, person] = await Promise.all([forgetPartnerToken(), endPersonSession(deps.identity)]);
      return Number(partner) + Number(person);
    },
  };
}
