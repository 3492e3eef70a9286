/** Sending data with the payload faults (`json-invalide`, `item-incomplet`) applied. */
import type { z } from 'zod';
import type { SimContext } from '../context';
import { truncatedJson } from '../faults';
import { send, sendJson } from '../http/respond';

/** Hostile HTML an organiser (or an attacker) could type into an event. */
export const HOSTILE_HTML =
  '<img src=x onerror="alert(1)"><script>alert(document.cookie)</script><a href="javascript:alert(2)">lien</a>';

/** Every value of the wrong type: text ↔ number, list ↔ object, booleans to text. */
export function wrongTypes(value: unknown): unknown {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (Array.isArray(value)) return Object.fromEntries(value.map((item, i) => [String(i), wrongTypes(item)]));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? 'liste' : wrongTypes(v)]),
    );
  return value === null ? 0 : value;
}

function withHostileHtml(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withHostileHtml);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) =>
        (k === 'description' || k === 'titre') && typeof v === 'string'
          ? [k, `${HOSTILE_HTML}${v}`]
          : [k, withHostileHtml(v)],
      ),
    );
  return value;
}

/** One byte every 300 ms, until the client gives up. */
function drip(ctx: SimContext, text: string, status: number): void {
  ctx.res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  let i = 0;
  const timer = setInterval(() => {
    if (ctx.res.destroyed || i >= text.length) {
      clearInterval(timer);
      if (!ctx.res.destroyed) ctx.res.end();
      return;
    }
    ctx.res.write(text[i]);
    i += 1;
  }, 300);
  ctx.res.on('close', () => clearInterval(timer));
}

export function sendData(ctx: SimContext, payload: unknown, status = 200): void {
  const json = { 'Content-Type': 'application/json; charset=utf-8' };
  if (ctx.faults.has('goutte-a-goutte')) return drip(ctx, JSON.stringify(payload), status);
  if (ctx.faults.has('enorme')) {
    const padded = { ...(payload as object), remplissage: 'x'.repeat(40 * 1024 * 1024) };
    return send(ctx.res, status, JSON.stringify(padded), json);
  }
  if (ctx.faults.has('imbrique')) {
    return send(ctx.res, status, `{"content":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, json);
  }
  if (ctx.faults.has('types-faux')) return sendJson(ctx.res, status, wrongTypes(payload));
  if (ctx.faults.has('html-script')) return sendJson(ctx.res, status, withHostileHtml(payload));
  if (ctx.faults.has('json-invalide')) {
    send(ctx.res, status, truncatedJson(payload), { 'Content-Type': 'application/json; charset=utf-8' });
    return;
  }
  sendJson(ctx.res, status, payload);
}

/** A copy of an object without some (required) fields. */
export function without(item: object, fields: readonly string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...item };
  for (const field of fields) delete copy[field];
  return copy;
}

/** With `item-incomplet`, one item of the list (the middle one) loses its required fields. */
export function breakOneItem<T extends object>(
  ctx: SimContext,
  items: readonly T[],
  fields: readonly string[],
): unknown[] {
  if (!ctx.faults.has('item-incomplet') || items.length === 0) return [...items];
  const index = Math.floor(items.length / 2);
  return items.map((item, i) => (i === index ? without(item, fields) : item));
}

/** "codePostal.0: expected a 5-digit postal code; ville: unrecognized key" — short, no internals. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path.join('.');
      const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
      return `${path ? `${path}: ` : ''}${issue.message}${keys}`;
    })
    .join('; ');
}
