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
  // Checks do not go through the gateway yet; the sign-in step (issue 14) gives it its own state.
  signed_out: 'not_authorised',
  invalid_request: 'malformed',
  not_configured: 'not_configured',
  access_denied: 'refused',
  window_closed: 'window_closed',
  cancelled: 'window_closed',
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
