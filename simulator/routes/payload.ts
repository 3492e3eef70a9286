/** Sending data with the payload faults (`json-invalide`, `item-incomplet`) applied. */
import type { z } from 'zod';
import type { SimContext } from '../context';
import { truncatedJson } from '../faults';
import { send, sendJson } from '../http/respond';

export function sendData(ctx: SimContext, payload: unknown, status = 200): void {
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
