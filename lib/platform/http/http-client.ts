import { fail, ok, type AppError, type Result } from '../../core/app-error';
import { sleep } from './sleep';
import { errorForStatus, parseRetryAfter, type Service } from './status-error';

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string | URLSearchParams;
  /** The caller's cancel: aborting it ends the request with `cancelled`. */
  signal?: AbortSignal;
  /** Which service is called, for the error values. */
  service: Service;
}

/** Any answer the server gave (2xx or not), body read as text. */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * Limits chosen for the MV3 service worker, which is stopped when a fetch answer takes
 * over 30 s: each attempt gets 15 s, the whole call (retries and waits included) 25 s.
 */
export interface HttpPolicy {
  attemptTimeoutMs: number;
  budgetMs: number;
  /** A longer `Retry-After` is not waited for: the call fails as `rate_limited`. */
  maxRetryAfterMs: number;
  /** Waits before each retry on 502/503/504 (its length bounds the retries). */
  backoffMs: readonly number[];
  /** A longer answer is cut off and reported as `invalid_answer` (memory stays bounded). */
  maxBodyBytes?: number;
}

export const DEFAULT_HTTP_POLICY: HttpPolicy = {
  attemptTimeoutMs: 15_000,
  budgetMs: 25_000,
  maxRetryAfterMs: 5_000,
  backoffMs: [500, 1_500],
};

const RETRIABLE_5XX = new Set([502, 503, 504]);
/** Wait used on a 429 without a readable `Retry-After`. */
const DEFAULT_RETRY_AFTER_MS = 1_000;

type AttemptOutcome = { answer: HttpAnswer } | { error: AppError };

class TooLarge extends Error {}

/** The body as text, refusing more than `limit` bytes (announced or streamed). */
async function readText(response: Response, limit: number | undefined): Promise<string> {
  if (limit === undefined || !response.body) return response.text();
  if (Number(response.headers.get('content-length') ?? 0) > limit) {
    void response.body.cancel().catch(() => undefined);
    throw new TooLarge();
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}

async function attempt(
  request: HttpRequest,
  timeoutMs: number,
  maxBodyBytes?: number,
): Promise<AttemptOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('timeout', 'TimeoutError'));
  }, timeoutMs);
  const onCancel = () => controller.abort(request.signal?.reason);
  request.signal?.addEventListener('abort', onCancel, { once: true });
  try {
    const response = await fetch(request.url, {
      method: request.method ?? 'GET',
      headers: request.headers,
      body: request.body,
      signal: controller.signal,
      // Tokens travel in headers only: no ambient cookies towards the APIs.
      credentials: 'omit',
      cache: 'no-store',
    });
    const text = await readText(response, maxBodyBytes);
    return { answer: { status: response.status, headers: response.headers, text } };
  } catch (error) {
    if (error instanceof TooLarge) {
      return {
        error: {
          code: 'invalid_answer',
          service: request.service,
          detail: `Answer over ${maxBodyBytes} bytes`,
        },
      };
    }
    // The thrown value may quote the URL (with its query): report its kind only.
    if (request.signal?.aborted) return { error: { code: 'cancelled', service: request.service } };
    if (timedOut) {
      return {
        error: { code: 'timeout', service: request.service, detail: `No answer within ${timeoutMs} ms` },
      };
    }
    return { error: { code: 'network', service: request.service } };
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', onCancel);
  }
}

/**
 * Sends one request with timeouts, cancel, one retry on 429 after `Retry-After` and a
 * bounded back-off on 502/503/504. Returns the last answer whatever its status (clients
 * map provider codes); only transport failures come back as errors.
 */
export async function send(
  request: HttpRequest,
  policy: HttpPolicy = DEFAULT_HTTP_POLICY,
): Promise<Result<HttpAnswer>> {
  const deadline = Date.now() + policy.budgetMs;
  let retried429 = false;
  let backoffIndex = 0;
  for (;;) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      return fail({
        code: 'timeout',
        service: request.service,
        detail: `Budget of ${policy.budgetMs} ms spent`,
      });
    }
    const outcome = await attempt(request, Math.min(policy.attemptTimeoutMs, remaining), policy.maxBodyBytes);
    if ('error' in outcome) return fail(outcome.error);
    const { answer } = outcome;

    let waitMs: number | null = null;
    if (answer.status === 429 && !retried429) {
      const seconds = parseRetryAfter(answer.headers.get('retry-after'));
      const wanted = seconds === null ? DEFAULT_RETRY_AFTER_MS : seconds * 1000;
      if (wanted <= policy.maxRetryAfterMs) {
        waitMs = wanted;
        retried429 = true;
      }
    } else if (RETRIABLE_5XX.has(answer.status) && backoffIndex < policy.backoffMs.length) {
      waitMs = policy.backoffMs[backoffIndex] ?? 0;
      backoffIndex += 1;
    }
    // No retry left, or no time left to wait and try again: the answer stands.
    if (waitMs === null || Date.now() + waitMs >= deadline) return ok(answer);
    try {
      await sleep(waitMs, request.signal);
    } catch {
      return fail({ code: 'cancelled', service: request.service });
    }
  }
}

export function isSuccess(answer: HttpAnswer): boolean {
  return answer.status >= 200 && answer.status < 300;
}

/** A non-2xx answer as its generic error value. */
export function answerError(answer: HttpAnswer, service: Service): AppError {
  return errorForStatus(answer.status, service, answer.headers);
}

/** JSON.parse that reports instead of throwing; an empty body is `undefined`. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
