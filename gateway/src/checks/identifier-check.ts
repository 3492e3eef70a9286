/**
 * A check by identifier (API Particulier v3), in the order gateway.md requires: validate,
 * journal the intent (no journal, no call), take a slot from the central limiter, call with
 * the organisation's token and SIRET as `recipient`, minimise on the server to the
 * organisation's visible fields, journal the outcome, answer. The person's data is in the
 * answer only: never stored, never logged.
 */
import { minimiseStatus } from '../../../lib/status/core/minimise-status';
import type { JobSeekerStatus } from '../../../lib/status/core/status';
import type { StatusField } from '../../../lib/settings/core/constants';
import type { Result } from '../../../lib/core/app-error';
import { lookupByIdentifiant, type StatusLookup } from '../../../lib/status/clients';
import type { Database } from '../db/open';
import type { CheckOutcome } from '../journal/entry';
import { fingerprint } from '../journal/fingerprint';
import { appendEntry } from '../journal/store';
import { checkIdentifierForGateway, identifierKey } from '../shared/identifier';
import { accessWith, bearerRequest } from '../upstream/access';
import { limiterKey, type Limiter } from '../upstream/limiter';
import { CheckProblem, checkRequestProblems, journalUnavailable } from './problems';

export interface OrganisationCheckProfile {
  id: string;
  siret: string;
  motifs: readonly string[];
  modes: readonly ('identifiant' | 'franceconnect')[];
  visibleFields: readonly StatusField[];
  apiParticulierToken: string | null;
  journalKey: Buffer;
}

export interface IdentifierCheckDeps {
  db: Database;
  limiter: Limiter;
  apiParticulierUrl: string;
  production: boolean;
  /** Longest wait for a limiter slot before answering "réessayez dans N s". */
  maxWaitMs?: number;
  now?: () => number;
}

export interface IdentifierCheckInput {
  agentId: string;
  identifiant: string;
  motif: string;
  caseReference: string;
}

export interface CheckAnswer {
  checkId: string;
  found: boolean;
  status: JobSeekerStatus | null;
  /** Visible fields the upstream answer did not include (not in the habilitation). */
  notCovered: StatusField[];
}

/** How a check ends in the journal; an error keeps its stable code. */
export function outcomeOf(result: Result<StatusLookup>): { outcome: CheckOutcome; errorCode: string | null } {
  if (!result.ok) {
    if (result.error.code === 'rate_limited') return { outcome: 'rate_limited', errorCode: 'rate_limited' };
    return { outcome: 'error', errorCode: result.error.providerCode ?? result.error.code };
  }
  if (result.value.kind === 'not_found') return { outcome: 'not_found', errorCode: null };
  const registration = result.value.status.registration;
  if (!registration) return { outcome: 'not_covered', errorCode: null };
  return { outcome: registration.registeredNow ? 'registered' : 'no_longer_registered', errorCode: null };
}

const SECTION_OF: Record<StatusField, keyof JobSeekerStatus> = {
  identite: 'identity',
  contact: 'contact',
  adresse: 'address',
  inscription: 'registration',
};

/** Fields the organisation shows that the answer lacks: its habilitation does not cover them. */
export function notCoveredFields(status: JobSeekerStatus, visible: readonly StatusField[]): StatusField[] {
  return visible.filter((field) => field !== 'inscription' && status[SECTION_OF[field]] === null);
}

const CONFLICT_RETRIES = 3;
const CONFLICT_WAIT_MS = 250;
const RETRY_WINDOW_MS = 12_000;

async function callUpstream(
  deps: IdentifierCheckDeps,
  org: OrganisationCheckProfile & { apiParticulierToken: string },
  identifiant: string,
): Promise<Result<StatusLookup>> {
  const key = limiterKey('api-particulier', org.apiParticulierToken);
  const access = accessWith({
    apiParticulier: (call) =>
      bearerRequest(deps.apiParticulierUrl, org.apiParticulierToken, call, 'api-particulier'),
  });
  let result: Result<StatusLookup> | null = null;
  const started = Date.now();
  for (let attempt = 0; attempt <= CONFLICT_RETRIES; attempt++) {
    // A check ends within 30 s (a retry starts before 12 s; limiter wait 3 s, call 15 s), so an
    // intent older than that without its outcome was interrupted (closeInterruptedChecks).
    if (attempt > 0 && Date.now() - started > RETRY_WINDOW_MS) break;
    let slot;
    try {
      slot = await deps.limiter.acquire(key, deps.maxWaitMs ?? 3_000);
    } catch {
      // The limiter lives in the database: without it no call is made (the intent stays
      // open and is closed as interrupted by the maintenance).
      throw journalUnavailable();
    }
    if (!slot.allowed) {
      return {
        ok: false,
        error: {
          code: 'rate_limited',
          service: 'api-particulier',
          retryAfterSeconds: Math.ceil(slot.retryAfterMs / 1000),
        },
      };
    }
    result = await lookupByIdentifiant(access, identifiant, org.siret, deps.now?.() ?? Date.now());
    if (result.ok) return result;
    if (result.error.code === 'rate_limited') {
      // The upstream said stop: every process waits, not only this request.
      await deps.limiter.block(key, result.error.retryAfterSeconds ?? 1);
      continue;
    }
    // 409 00015: another request with this token is running; try again shortly.
    if (result.error.code === 'conflict' && result.error.providerCode === '00015') {
      await new Promise((resolve) => setTimeout(resolve, CONFLICT_WAIT_MS));
      continue;
    }
    return result;
  }
  return result ?? { ok: false, error: { code: 'internal' } };
}

export async function checkByIdentifier(
  deps: IdentifierCheckDeps,
  org: OrganisationCheckProfile,
  input: IdentifierCheckInput,
): Promise<CheckAnswer> {
  const problems = checkRequestProblems(org, 'identifiant', input);
  const identifier = checkIdentifierForGateway(input.identifiant, deps.production);
  if (!identifier.ok) problems.push({ path: 'identifiant', message: `identifier: ${identifier.problem}` });
  if (problems.length > 0 || !identifier.ok) throw CheckProblem.invalid(problems);
  const token = org.apiParticulierToken;
  if (!token) throw CheckProblem.notConfigured();

  let intentId: string;
  try {
    const intent = await appendEntry(deps.db, org.id, {
      kind: 'check_intent',
      agentId: input.agentId,
      mode: 'identifiant',
      motif: input.motif,
      caseReference: input.caseReference.trim(),
      fingerprint: fingerprint(org.journalKey, identifierKey(identifier.value)),
      checkId: null,
      outcome: null,
      errorCode: null,
      detail: null,
    });
    intentId = intent.id;
  } catch {
    throw journalUnavailable();
  }

  const result = await callUpstream(deps, { ...org, apiParticulierToken: token }, identifier.value);
  const { outcome, errorCode } = outcomeOf(result);
  try {
    await appendEntry(deps.db, org.id, {
      kind: 'check_outcome',
      agentId: input.agentId,
      mode: 'identifiant',
      motif: null,
      caseReference: null,
      fingerprint: null,
      checkId: intentId,
      outcome,
      errorCode,
      detail: null,
    });
  } catch {
    // The intent is journaled but not the outcome: the result is not shown.
    throw journalUnavailable(true);
  }
  if (!result.ok) throw CheckProblem.upstream(result.error);
  if (result.value.kind === 'not_found')
    return { checkId: intentId, found: false, status: null, notCovered: [] };
  const status = result.value.status;
  return {
    checkId: intentId,
    found: true,
    status: minimiseStatus(status, org.visibleFields),
    notCovered: notCoveredFields(status, org.visibleFields),
  };
}
