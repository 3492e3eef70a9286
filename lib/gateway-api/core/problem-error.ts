import type { AppError, ErrorCode } from '../../core/app-error';
import type { Problem } from './problem';

/**
 * The gateway's problem codes (gateway/src/**: ProblemError) as the extension's error codes:
 * each kind of refusal the agent must act on differently gets its own code, hence its own
 * words. The gateway's code itself travels as `providerCode` (stable, for support).
 */
const BY_CODE: Record<string, ErrorCode> = {
  'journal-unavailable': 'journal_unavailable',
  'mode-not-configured': 'not_configured',
  'upstream-rate-limited': 'rate_limited',
  'upstream-forbidden': 'habilitation_missing',
  'upstream-token-invalid': 'token_invalid',
  'upstream-conflict': 'conflict',
  'upstream-invalid-request': 'invalid_request',
  'upstream-timeout': 'upstream_unavailable',
  'upstream-network': 'upstream_unavailable',
  'upstream-server': 'upstream_unavailable',
  'upstream-invalid-answer': 'upstream_unavailable',
  'franceconnect-unavailable': 'upstream_unavailable',
  'events-unavailable': 'upstream_unavailable',
  'role-required': 'role_required',
  'organisation-unknown': 'organisation_not_served',
  'organisation-not-served': 'organisation_not_served',
  'database-unavailable': 'server',
  'migrations-pending': 'server',
  'internal-error': 'server',
  'invalid-identifier': 'invalid_request',
  'invalid-request': 'invalid_request',
  'check-not-found': 'not_found',
  // A FranceConnect check's outcome, told at collection (gateway/src/checks/franceconnect-check.ts)
  'person-refused': 'access_denied',
  'status-unavailable': 'upstream_unavailable',
  'franceconnect-failed': 'auth_failed',
  'event-not-found': 'not_found',
  'not-found': 'not_found',
  unauthenticated: 'signed_out',
  'invalid-token': 'signed_out',
  'invalid-dpop-proof': 'signed_out',
  'dpop-required': 'signed_out',
};

/** An invalid check request names its wrong fields: a refused motif or mode is its own case. */
function invalidCheck(problem: Problem): ErrorCode {
  const text = `${problem.detail ?? ''} ${(problem.errors ?? []).map((e) => e.path).join(' ')}`;
  return /\b(motif|mode)\b/.test(text) ? 'motif_refused' : 'invalid_request';
}

function byStatus(status: number): ErrorCode {
  if (status === 401) return 'signed_out';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  return 'invalid_request';
}

export function problemToAppError(problem: Problem, status: number, retryAfter?: number): AppError {
  const code =
    problem.code === 'invalid-check-request'
      ? invalidCheck(problem)
      : (BY_CODE[problem.code] ?? byStatus(status));
  return {
    code,
    service: 'gateway',
    status,
    providerCode: problem.code,
    ...(retryAfter !== undefined ? { retryAfterSeconds: retryAfter } : {}),
    // Gateway details name fields and rules, never a person's data (gateway/src/checks/problems.ts).
    ...(problem.detail ? { detail: problem.detail.slice(0, 300) } : {}),
  };
}
