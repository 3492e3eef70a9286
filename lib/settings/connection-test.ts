import { z } from 'zod';
import type { Endpoints } from './core/endpoints';
import { fail, type AppError, type Result } from '../core/app-error';
import { searchEventsPage } from '../events/client';
import { territoryQuery } from '../events/refresh';
import { answerError, isSuccess, send } from '../platform/http/http-client';
import { parseAnswer } from '../platform/http/parse';
import type { ConnectionTestReport, ConnectionTestStep, ServiceName } from '../platform/messaging/protocol';
import { apiParticulierFailure } from '../status/clients';
import { apiParticulierErrorSchema } from '../status/core/wire/api-particulier';
import type { ApiAccess } from '../platform/auth/api-access';
import { clearDiscoveryCache, discover } from '../platform/auth/franceconnect';
import { EVENTS_SCOPE, getPartnerToken } from '../platform/auth/partner-token';

const step = (name: string, result: Result<unknown>): ConnectionTestStep =>
  result.ok ? { step: name, ok: true } : { step: name, ok: false, error: result.error };

const failed = (name: string, error: AppError): ConnectionTestStep => ({ step: name, ok: false, error });

const jwksSchema = z.object({ keys: z.array(z.object({ kty: z.string() })).min(1) });

/** Events: a fresh partner token, then one search of size 1. */
async function testEvents(access: ApiAccess, endpoints: Endpoints): Promise<ConnectionTestStep[]> {
  const { partnerClientId: clientId, partnerClientSecret: clientSecret } = endpoints;
  if (!clientId || !clientSecret)
    return [failed('token', { code: 'not_configured', service: 'partner-token' })];
  const token = await getPartnerToken(
    { tokenUrl: endpoints.partnerTokenUrl, clientId, clientSecret, scope: EVENTS_SCOPE },
    { renew: true },
  );
  if (!token.ok) return [step('token', token)];
  return [
    step('token', token),
    step('search', await searchEventsPage(access, territoryQuery([], Date.now()), 0, 1)),
  ];
}

/** FranceConnect: the discovery document, then the provider's signing keys. */
async function testFranceConnect(endpoints: Endpoints): Promise<ConnectionTestStep[]> {
  clearDiscoveryCache();
  const discovery = await discover(endpoints.franceConnectIssuer);
  if (!discovery.ok) return [step('discovery', discovery)];
  const jwksUri = discovery.value.jwks_uri;
  if (!jwksUri) {
    return [
      step('discovery', discovery),
      failed('jwks', { code: 'invalid_answer', service: 'franceconnect', detail: 'No jwks_uri' }),
    ];
  }
  const sent = await send({
    url: jwksUri,
    headers: { Accept: 'application/json' },
    service: 'franceconnect',
  });
  let keys: Result<unknown> = sent;
  if (sent.ok) {
    keys = isSuccess(sent.value)
      ? parseAnswer(sent.value, jwksSchema, 'franceconnect')
      : fail(answerError(sent.value, 'franceconnect'));
  }
  const configured: ConnectionTestStep =
    endpoints.franceConnectClientId && endpoints.franceConnectClientSecret
      ? { step: 'client', ok: true }
      : failed('client', { code: 'not_configured', service: 'franceconnect' });
  return [step('discovery', discovery), step('jwks', keys), configured];
}

/**
 * API Particulier: a lookup WITHOUT an identifier. The token is checked before the
 * parameters, so a 422 on "identifiant" proves the token (and the recipient SIRET) valid
 * without looking anyone up.
 */
async function testApiParticulier(access: ApiAccess, endpoints: Endpoints): Promise<ConnectionTestStep[]> {
  if (!endpoints.recipientSiret)
    return [failed('recipient', { code: 'not_configured', service: 'api-particulier' })];
  const sent = await access.apiParticulier({
    path: '/v3/france_travail/statut/identifiant',
    query: { recipient: endpoints.recipientSiret },
  });
  if (!sent.ok) return [step('token', sent)];
  if (sent.value.status === 422) {
    let parameter: unknown;
    try {
      const body = apiParticulierErrorSchema.safeParse(JSON.parse(sent.value.text));
      parameter = body.success
        ? (body.data.errors[0]?.source as { parameter?: unknown } | null)?.parameter
        : undefined;
    } catch {
      parameter = undefined;
    }
    if (parameter === 'recipient') {
      return [
        { step: 'token', ok: true },
        failed('recipient', {
          code: 'invalid_request',
          service: 'api-particulier',
          status: 422,
          providerCode: 'recipient',
        }),
      ];
    }
    return [
      { step: 'token', ok: true },
      { step: 'recipient', ok: true },
    ];
  }
  const failure = apiParticulierFailure(sent.value);
  if (failure.ok) return [{ step: 'token', ok: true }];
  return [step('token', failure)];
}

/** Checks one service step by step; the options page shows each step and its error. */
export async function testConnection(
  service: ServiceName,
  access: ApiAccess,
  endpoints: Endpoints,
): Promise<ConnectionTestReport> {
  const steps =
    service === 'events'
      ? await testEvents(access, endpoints)
      : service === 'franceconnect'
        ? await testFranceConnect(endpoints)
        : await testApiParticulier(access, endpoints);
  return { service, steps };
}
