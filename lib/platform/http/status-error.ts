import type { AppError } from '../../core/app-error';

export type Service = NonNullable<AppError['service']>;

/** Seconds from a `Retry-After` header (delta-seconds or HTTP date); null when absent/unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** The generic meaning of a non-2xx HTTP status; clients refine it with provider codes. */
export function errorForStatus(status: number, service: Service, headers?: Headers): AppError {
  const base = { service, status };
  if (status === 401) return { ...base, code: 'unauthorised' };
  if (status === 403) return { ...base, code: 'forbidden' };
  if (status === 404) return { ...base, code: 'not_found' };
  if (status === 409) return { ...base, code: 'conflict' };
  if (status === 429) {
    const retryAfterSeconds = parseRetryAfter(headers?.get('retry-after') ?? null);
    return retryAfterSeconds === null
      ? { ...base, code: 'rate_limited' }
      : { ...base, code: 'rate_limited', retryAfterSeconds };
  }
  if (status === 400 || status === 422) return { ...base, code: 'invalid_request' };
  if (status >= 500) return { ...base, code: 'server' };
  return { ...base, code: 'invalid_answer', detail: `Unexpected HTTP status ${status}` };
}
