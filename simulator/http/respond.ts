/** Small response helpers on node:http; no framework, no stack traces to clients. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Headers = Record<string, string | number>;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Headers = {}): void {
  send(res, status, JSON.stringify(body), { 'Content-Type': 'application/json; charset=utf-8', ...headers });
}

export function sendText(res: ServerResponse, status: number, text: string, headers: Headers = {}): void {
  send(res, status, text, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
}

export function sendHtml(res: ServerResponse, status: number, html: string, headers: Headers = {}): void {
  send(res, status, html, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
}

/** No body at all (MEE: "an empty body means no result"). */
export function sendEmpty(res: ServerResponse, status: number, headers: Headers = {}): void {
  send(res, status, undefined, headers);
}

/** Raw body with an explicit content type (used to serve deliberately malformed JSON). */
export function send(
  res: ServerResponse,
  status: number,
  body: string | undefined,
  headers: Headers = {},
): void {
  if (res.headersSent) return;
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (body === undefined) {
    res.end();
    return;
  }
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

export class BodyTooLargeError extends Error {}

/** Reads the request body, refusing more than `limit` bytes. */
export async function readBody(req: IncomingMessage, limit = 256 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new BodyTooLargeError(`body over ${limit} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads an `Authorization: Bearer <token>` header. */
export function bearerToken(req: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
