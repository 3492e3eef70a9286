/**
 * Local admin endpoints (`/__admin/…`): faults, the same events query the API runs (for
 * end-to-end tests), token revocation and reset. Not part of any real service.
 */
import { z } from 'zod';
import type { Handler, SimContext } from '../context';
import {
  API_PARTICULIER_ERROR_IDENTIFIERS,
  API_PARTICULIER_PEOPLE,
  FRANCECONNECT_IDENTITIES,
} from '../data/people';
import { PROCONNECT_AGENTS } from '../data/agents';
import { searchEvents } from '../data/search';
import { FAULTS, FAULT_NAMES, parseFaults } from '../faults';
import type { Fault } from '../faults';
import { readBody, sendJson } from '../http/respond';
import { parseSearchBody } from './events';

async function jsonBody(ctx: SimContext): Promise<unknown> {
  const text = await readBody(ctx.req);
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function badRequest(ctx: SimContext, message: string) {
  sendJson(ctx.res, 400, { erreur: message });
}

export const getFaults: Handler = (ctx) => {
  sendJson(ctx.res, 200, {
    pannes: ctx.app.faults.global,
    lentMs: ctx.app.faults.slowMs,
    disponibles: FAULTS,
  });
};

const faultsBody = z
  .object({
    pannes: z.array(z.string()).optional(),
    panne: z.string().optional(),
    lentMs: z.number().int().min(0).max(120_000).optional(),
  })
  .strict();

/** Body: `{ "pannes": ["503"], "lentMs": 2000 }` (or `{ "panne": "503" }`); `{ "pannes": [] }` clears. */
export const setFaults: Handler = async (ctx) => {
  const parsed = faultsBody.safeParse(await jsonBody(ctx));
  if (!parsed.success)
    return badRequest(ctx, 'Corps attendu : { "pannes": ["503", "lent"], "lentMs": 2000 }');
  const names = [...(parsed.data.pannes ?? []), ...(parsed.data.panne ? [parsed.data.panne] : [])];
  const { faults, unknown } = parseFaults(names.join(','));
  if (unknown.length > 0)
    return badRequest(
      ctx,
      `Panne(s) inconnue(s) : ${unknown.join(', ')}. Disponibles : ${FAULT_NAMES.join(', ')}`,
    );
  ctx.app.faults.set(faults);
  if (parsed.data.lentMs !== undefined) ctx.app.faults.slowMs = parsed.data.lentMs;
  getFaults(ctx);
};

const LIST_PARAMS = new Set(['codePostal', 'departements']);
const NUMBER_PARAMS = new Set(['latitude', 'longitude', 'rayon']);

/** Query string → the API's search body (lists repeated or comma-separated). */
function queryToBody(params: URLSearchParams): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (LIST_PARAMS.has(key))
      body[key] = values
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
    else if (NUMBER_PARAMS.has(key)) body[key] = Number(values[0]);
    else body[key] = values[0];
  }
  return body;
}

/** `GET /__admin/events/query?…` or `POST` with the API's body: `{ count, ids }`, same filters, same order. */
export const queryEvents: Handler = async (ctx) => {
  const raw = ctx.req.method === 'POST' ? await jsonBody(ctx) : queryToBody(ctx.url.searchParams);
  if (raw === undefined) return badRequest(ctx, 'JSON mal formé');
  const body = parseSearchBody(raw);
  if (!body.ok) return badRequest(ctx, `Critères invalides : ${body.message}`);
  const found = searchEvents(ctx.app.events, body.body);
  sendJson(ctx.res, 200, { count: found.length, ids: found.map((e) => e.wire.id) });
};

export const revokeTokens: Handler = (ctx) => {
  ctx.app.partnerTokens.revokeAll();
  sendJson(ctx.res, 200, { revoque: true });
};

export const identities: Handler = (ctx) => {
  sendJson(ctx.res, 200, {
    franceConnect: FRANCECONNECT_IDENTITIES.map((i) => ({
      key: i.key,
      label: i.label,
      description: i.description,
    })),
    proConnect: PROCONNECT_AGENTS.map((a) => ({
      key: a.key,
      sub: a.sub,
      idpId: a.idp.id,
      email: a.claims.email,
      acr: a.acr,
      expected: a.expected,
    })),
    apiParticulier: API_PARTICULIER_PEOPLE.map((p) => ({
      identifiant: p.identifiant,
      description: p.description,
    })),
    apiParticulierErreurs: API_PARTICULIER_ERROR_IDENTIFIERS,
  });
};

export function makeReset(initialFaults: Fault[], initialSlowMs: number): Handler {
  return (ctx) => {
    ctx.app.faults.set(initialFaults);
    ctx.app.faults.slowMs = initialSlowMs;
    ctx.app.partnerTokens.revokeAll();
    ctx.app.franceTravailLimiter.reset();
    ctx.app.apiParticulierLimiter.reset();
    ctx.app.answered.clear();
    sendJson(ctx.res, 200, { reinitialise: true, pannes: ctx.app.faults.global });
  };
}
