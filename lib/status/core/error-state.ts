import type { ErrorCode } from '../../core/app-error';

/**
 * The distinct failure states of a check, each with its own advice. Several error codes
 * lead to one state: the agent needs to know what to do, not which layer failed.
 */
export type CheckErrorState =
  | 'malformed'
  | 'refused'
  | 'window_closed'
  | 'auth_timeout'
  | 'unavailable'
  | 'rate_limited'
  | 'not_authorised'
  | 'token_invalid'
  | 'not_configured'
  | 'signed_out'
  | 'interrupted'
  | 'journal_unavailable'
  | 'motif_refused'
  | 'upstream_unavailable'
  | 'habilitation_missing'
  | 'role_required'
  | 'failed';

const STATES: Record<ErrorCode, CheckErrorState> = {
  network: 'unavailable',
  timeout: 'unavailable',
  server: 'unavailable',
  invalid_answer: 'unavailable',
  rate_limited: 'rate_limited',
  conflict: 'rate_limited',
  unauthorised: 'not_authorised',
  forbidden: 'not_authorised',
  permission_missing: 'not_authorised',
  signed_out: 'signed_out',
  journal_unavailable: 'journal_unavailable',
  motif_refused: 'motif_refused',
  upstream_unavailable: 'upstream_unavailable',
  habilitation_missing: 'habilitation_missing',
  role_required: 'role_required',
  organisation_not_served: 'not_authorised',
  invalid_request: 'malformed',
  not_configured: 'not_configured',
  access_denied: 'refused',
  window_closed: 'window_closed',
  cancelled: 'window_closed',
  interrupted: 'interrupted',
  auth_timeout: 'auth_timeout',
  token_invalid: 'token_invalid',
  auth_failed: 'failed',
  internal: 'failed',
  // "not found" is a result (status null), not a failure; kept here for completeness.
  not_found: 'failed',
};

export function checkErrorState(code: ErrorCode): CheckErrorState {
  return STATES[code];
}
