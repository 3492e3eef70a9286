import type { z } from 'zod';
import { fail, ok, type AppError, type Result } from '../core/app-error';
import { problemToAppError } from '../gateway-api/core/problem-error';
import { problemSchema } from '../gateway-api/core/problem';
import { describeIssues } from '../platform/http/parse';
import { parseRetryAfter } from '../platform/http/status-error';
import type { AgentSession } from './session';

/**
 * Requests to the gateway's API (`/api/v1`) on behalf of the signed-in agent. The session
 * adds `Authorization: DPoP <token>` and a fresh proof (oauth4webapi: htm, htu, ath, nonce),
 * retries once for a DPoP nonce and once after a refresh when the token is refused, and never
 * follows a redirect. Here: JSON in and out, a size cap on every answer, and the gateway's
 * problem documents (RFC 9457) turned into error values with stable codes.
 */
export type GatewayMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface GatewayRequest {
  method?: GatewayMethod;
  /** Path under /api/v1, starting with a slash, with its query if any (`/checks/identifiant`). */
  path: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Extra headers (If-None-Match, Accept). Authorization and DPoP are the session's. */
  headers?: Record<string, string>;
  /** Largest answer read, in bytes (default MAX_ANSWER_BYTES). */
  maxBytes?: number;
}

/** A non-problem answer: 2xx (body read as text) or 304 (no body). */
export interface GatewayAnswer {
  status: number;
  headers: Headers;
  text: string;
}

export interface GatewayRequester {
  /** Any 2xx or 304 answer; every other status is an error value. */
  send(request: GatewayRequest): Promise<Result<GatewayAnswer>>;
  /** A 2xx JSON answer checked against its wire schema. */
  json<S extends z.ZodType>(request: GatewayRequest, schema: S): Promise<Result<z.output<S>>>;
}

export const MAX_ANSWER_BYTES = 2 * 1024 * 1024;
const MAX_PROBLEM_BYTES = 16 * 1024;

const failure = (code: AppError['code'], detail: string, status?: number): AppError => ({
  code,
  service: 'gateway',
  detail,
  ...(status !== undefined ? { status } : {}),
});

/** The body as text, refused past `limit` bytes without reading the rest (the stream is cancelled). */
export async function readCapped(response: Response, limit: number): Promise<Result<string>> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    return fail(failure('invalid_answer', `Answer larger than ${limit} bytes`, response.status));
  }
  if (!response.body) return ok('');
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return fail(failure('invalid_answer', `Answer larger than ${limit} bytes`, response.status));
      }
      chunks.push(value);
    }
  } catch {
    return fail(failure('network', 'Answer interrupted', response.status));
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return ok(new TextDecoder().decode(all));
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** A refused request: the problem document when there is a readable one, its status otherwise. */
async function refusal(response: Response): Promise<AppError> {
  const retryAfter = parseRetryAfter(response.headers.get('retry-after')) ?? undefined;
  const text = await readCapped(response, MAX_PROBLEM_BYTES);
  const json = text.ok ? parseJson(text.value) : { ok: false as const };
  const parsed = json.ok ? problemSchema.safeParse(json.value) : undefined;
  if (parsed?.success) {
    return problemToAppError(parsed.data, response.status, retryAfter);
  }
  return problemToAppError(
    { type: 'about:blank', title: '', status: response.status, code: `http-${response.status}` },
    response.status,
    retryAfter,
  );
}

export function createGatewayRequester(session: Pick<AgentSession, 'fetch'>): GatewayRequester {
  async function send(request: GatewayRequest): Promise<Result<GatewayAnswer>> {
    const pathPart = request.path.split('?')[0] ?? '';
    if (
      !pathPart.startsWith('/') ||
      pathPart.startsWith('//') ||
      /(^|\/)\.\.?(\/|$)|\\|%2e|%2f/i.test(pathPart)
    ) {
      return fail(failure('invalid_request', 'Gateway paths start with one slash'));
    }
    const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
    const init: { method: string; headers: Record<string, string>; body?: string } = {
      method: request.method ?? 'GET',
      headers,
    };
    if (request.body !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(request.body);
    }
    // Relative to the configured gateway's base (which may have a path of its own).
    const sent = await session.fetch(`api/v1${request.path}`, init);
    if (!sent.ok) return sent;
    const response = sent.value;
    // `redirect: 'manual'`: a browser shows an opaque redirect (status 0), Node the 3xx itself.
    if (
      response.type === 'opaqueredirect' ||
      response.status === 0 ||
      (response.status >= 300 && response.status < 400 && response.status !== 304)
    ) {
      await response.body?.cancel().catch(() => undefined);
      return fail(
        failure('invalid_answer', 'The gateway answered with a redirect (not followed)', response.status),
      );
    }
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return ok({ status: 304, headers: response.headers, text: '' });
    }
    if (response.status < 200 || response.status >= 300) return fail(await refusal(response));
    const text = await readCapped(response, request.maxBytes ?? MAX_ANSWER_BYTES);
    if (!text.ok) return text;
    return ok({ status: response.status, headers: response.headers, text: text.value });
  }

  async function json<S extends z.ZodType>(request: GatewayRequest, schema: S): Promise<Result<z.output<S>>> {
    const answer = await send(request);
    if (!answer.ok) return answer;
    const body = parseJson(answer.value.text);
    if (!body.ok) return fail(failure('invalid_answer', 'Body is not JSON', answer.value.status));
    const parsed = schema.safeParse(body.value);
    if (!parsed.success) {
      return fail(
        failure(
          'invalid_answer',
          `Unexpected answer shape: ${describeIssues(parsed.error)}`,
          answer.value.status,
        ),
      );
    }
    return ok(parsed.data);
  }

  return { send, json };
}
