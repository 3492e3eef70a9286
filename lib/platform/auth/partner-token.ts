import { fail, ok, type AppError, type Result } from '../../core/app-error';
import { answerError, isSuccess, parseJsonText, send } from '../http/http-client';
import { parseAnswer } from '../http/parse';
import { partnerTokenItem, type StoredPartnerToken } from '../storage/items';
import { oauthErrorSchema, tokenResponseSchema } from './core/oauth';

/** What the partner realm needs (france-travail-apis.md §1.1). */
export interface PartnerCredentials {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scope: string;
}

export const EVENTS_SCOPE = 'api_evenementsv1 evenements';

/** Renew this long before the expiry, so a token never dies in the middle of a call. */
const RENEW_MARGIN_MS = 60_000;

const audienceOf = (credentials: PartnerCredentials) => `${credentials.tokenUrl}|${credentials.clientId}`;

/** Requests in flight, per audience: concurrent callers share one token request. */
const inFlight = new Map<string, Promise<Result<string>>>();

/** Maps an OAuth error answer of the token endpoint to an error value. */
export function tokenEndpointError(status: number, text: string): AppError {
  const json = parseJsonText(text);
  const body = json.ok ? oauthErrorSchema.safeParse(json.value) : null;
  const providerCode = body?.success ? body.data.error : undefined;
  const base = { service: 'partner-token' as const, status, ...(providerCode ? { providerCode } : {}) };
  if (providerCode === 'invalid_client' || providerCode === 'unauthorized_client' || status === 401) {
    return { ...base, code: 'unauthorised' };
  }
  // France Travail answers invalid_scope until the application is subscribed to the API.
  if (providerCode === 'invalid_scope' || status === 403) return { ...base, code: 'forbidden' };
  if (status === 400) return { ...base, code: 'invalid_request' };
  return answerError({ status, headers: new Headers(), text }, 'partner-token');
}

async function requestToken(credentials: PartnerCredentials): Promise<Result<string>> {
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
    scope: credentials.scope,
  });
  const sent = await send({
    url: credentials.tokenUrl,
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body,
    service: 'partner-token',
  });
  if (!sent.ok) return sent;
  if (!isSuccess(sent.value)) {
    if (sent.value.status === 429 || sent.value.status >= 500)
      return fail(answerError(sent.value, 'partner-token'));
    return fail(tokenEndpointError(sent.value.status, sent.value.text));
  }
  const parsed = parseAnswer(sent.value, tokenResponseSchema, 'partner-token');
  if (!parsed.ok) return parsed;
  const stored: StoredPartnerToken = {
    accessToken: parsed.value.access_token,
    expiresAt: Date.now() + parsed.value.expires_in * 1000,
    audience: audienceOf(credentials),
  };
  await partnerTokenItem.setValue(stored);
  return ok(stored.accessToken);
}

/**
 * A valid partner access token: the one in `storage.session` (it survives the service
 * worker's restarts) while it has over a minute left, else a new one.
 * `renew` skips the stored token (after a 401).
 */
export async function getPartnerToken(
  credentials: PartnerCredentials,
  options: { renew?: boolean } = {},
): Promise<Result<string>> {
  const audience = audienceOf(credentials);
  if (!options.renew) {
    const stored = await partnerTokenItem.getValue();
    if (stored && stored.audience === audience && stored.expiresAt - Date.now() > RENEW_MARGIN_MS) {
      return ok(stored.accessToken);
    }
  }
  const pending = inFlight.get(audience);
  if (pending) return pending;
  const request = requestToken(credentials).finally(() => inFlight.delete(audience));
  inFlight.set(audience, request);
  return request;
}

/** Forgets the partner token (sign out, settings change). */
export async function forgetPartnerToken(): Promise<boolean> {
  const held = (await partnerTokenItem.getValue()) !== null;
  await partnerTokenItem.removeValue();
  return held;
}
