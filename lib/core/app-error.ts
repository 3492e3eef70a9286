/**
 * Expected failures travel as values with stable codes (never as thrown errors across the
 * messaging boundary). The UI turns each code into a French message that says what to do
 * (lib/i18n/messages/errors.ts).
 */
export const ERROR_CODES = [
  // HTTP layer
  'network',
  'timeout',
  'rate_limited',
  'unauthorised',
  'forbidden',
  'not_found',
  'invalid_answer',
  'server',
  'cancelled',
  // The background stopped (its service worker ended) before it answered
  'interrupted',
  // Configuration and requests
  'not_configured',
  'invalid_request',
  'permission_missing',
  // FranceConnect flow
  'access_denied',
  'window_closed',
  'auth_timeout',
  'auth_failed',
  // The agent's session at the organisation gateway: absent, expired or revoked
  'signed_out',
  // The organisation gateway's own refusals (problem documents with a stable code)
  'journal_unavailable',
  'motif_refused',
  'upstream_unavailable',
  'habilitation_missing',
  'role_required',
  'organisation_not_served',
  // API Particulier specifics
  'token_invalid',
  'conflict',
  // Anything unexpected (a bug): logged without personal data
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  /** Which remote service failed, when one did. */
  service?: 'events' | 'partner-token' | 'franceconnect' | 'status' | 'api-particulier' | 'gateway';
  /** HTTP status, when one was received. */
  status?: number;
  /** Provider error code (e.g. API Particulier "24003", OAuth "invalid_client"). */
  providerCode?: string;
  /** Seconds to wait, for `rate_limited`. */
  retryAfterSeconds?: number;
  /** Developer-facing detail: what was expected, what was received. Never personal data. */
  detail?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: AppError): Result<T> => ({ ok: false, error });
