import type { ApiAccess } from '../platform/auth/api-access';
import type { JobSeekerStatus } from './core/status';
import { fail, ok, type AppError, type Result } from '../core/app-error';
import { answerError, isSuccess, parseJsonText, type HttpAnswer } from '../platform/http/http-client';
import { parseAnswer } from '../platform/http/parse';
import { apiParticulierErrorSchema, apiParticulierStatutSchema } from './core/wire/api-particulier';
import { statutAugmenteSchema } from './core/wire/statut-augmente';
import { normaliseApiParticulier } from './core/normalise-api-particulier';
import { normaliseStatutAugmente } from './core/normalise-statut-augmente';

/** A lookup's outcome: "no registration found" is an answer, not an error. */
export type StatusLookup = { kind: 'found'; status: JobSeekerStatus } | { kind: 'not_found' };

const TOKEN_ERRORS = new Set(['00101', '00103', '00105']);
const NOT_FOUND = '24003';

/** API Particulier error answers by their documented codes (france-travail-apis.md §3). */
export function apiParticulierFailure(answer: HttpAnswer): Result<StatusLookup> {
  const json = parseJsonText(answer.text);
  const body = json.ok ? apiParticulierErrorSchema.safeParse(json.value) : null;
  const providerCode = body?.success ? body.data.errors[0]?.code : undefined;
  if (answer.status === 404 && (providerCode === NOT_FOUND || providerCode === undefined)) {
    return ok({ kind: 'not_found' });
  }
  const generic = answerError(answer, 'api-particulier');
  const error: AppError = { ...generic, ...(providerCode ? { providerCode } : {}) };
  if (answer.status === 401 || (providerCode && TOKEN_ERRORS.has(providerCode))) {
    return fail({ ...error, code: 'token_invalid' });
  }
  return fail(error);
}

/** A France Travail identifier as API Particulier accepts it (letters, digits, underscore). */
export function isPlausibleIdentifiant(value: string): boolean {
  return /^[A-Za-z0-9_]{1,20}$/.test(value);
}

/** Status by France Travail identifier, for the body whose SIRET is `recipient`. */
export async function lookupByIdentifiant(
  access: ApiAccess,
  identifiant: string,
  recipient: string,
  now: number = Date.now(),
): Promise<Result<StatusLookup>> {
  const sent = await access.apiParticulier({
    path: '/v3/france_travail/statut/identifiant',
    query: { identifiant, recipient },
  });
  if (!sent.ok) return sent;
  if (!isSuccess(sent.value)) return apiParticulierFailure(sent.value);
  const parsed = parseAnswer(sent.value, apiParticulierStatutSchema, 'api-particulier');
  if (!parsed.ok) return parsed;
  const status = normaliseApiParticulier(parsed.value, now);
  if (!status)
    return fail({ code: 'invalid_answer', service: 'api-particulier', detail: 'Unreadable dates' });
  return ok({ kind: 'found', status });
}

/** Status of the person present, through their FranceConnect consent (session ended after). */
export async function readWithFranceConnect(
  access: ApiAccess,
  now: () => number = Date.now,
): Promise<Result<StatusLookup>> {
  return access.withPerson(async (call) => {
    const sent = await call();
    if (!sent.ok) return sent;
    if (sent.value.status === 404) return ok({ kind: 'not_found' });
    if (!isSuccess(sent.value)) return fail(answerError(sent.value, 'status'));
    const parsed = parseAnswer(sent.value, statutAugmenteSchema, 'status');
    if (!parsed.ok) return parsed;
    const status = normaliseStatutAugmente(parsed.value, now());
    if (!status) return fail({ code: 'invalid_answer', service: 'status', detail: 'Unreadable dates' });
    return ok({ kind: 'found', status });
  });
}
