/**
 * API Particulier v3: `GET /v3/france_travail/statut/identifiant?identifiant&recipient`
 * with an organisation token; errors as `{errors:[{code,title,detail,source,meta}]}`, with the
 * titles and details of the real OpenAPI (fixtures/real/api-particulier/). Each block of `data`
 * comes back only if the token has its scope, as the real API masks data by scope.
 */
import type { Handler, SimContext } from '../context';
import { API_PARTICULIER_ERROR_IDENTIFIERS, findApiParticulierPerson } from '../data/people';
import { API_PARTICULIER_TEST_TOKENS, DEMO_CREDENTIALS } from '../../lib/settings/core/demo-credentials';
import { realErrors, statutScopes } from '../data/real-payloads';
import { bearerToken, delay, sendJson } from '../http/respond';
import { sendData } from './payload';

/** Codes the OpenAPI gives no example of for this endpoint, with the simulator's own words. */
const LOCAL_ERRORS: Record<string, { title: string; detail: string }> = {
  '24003': {
    title: 'Entité non trouvée',
    detail: "Aucune situation France Travail n'a pu être trouvée avec les critères de recherche fournis.",
  },
};
const ERRORS: Record<string, { title: string; detail: string; source?: unknown; meta?: unknown }> = {
  ...LOCAL_ERRORS,
  ...realErrors(),
};

/** `pole_emploi_inscription` → `inscription`: the block of `data` a scope opens. */
const ALL_SCOPES = statutScopes();
const blockOf = (scope: string) => scope.replace(/^pole_emploi_/, '');

/** Scopes of the simulator's valid tokens; the partial one lacks inscription and contact. */
const TOKEN_SCOPES: Record<string, readonly string[]> = {
  [DEMO_CREDENTIALS.apiParticulier.token]: ALL_SCOPES,
  [API_PARTICULIER_TEST_TOKENS.partialScopes]: ALL_SCOPES.filter(
    (scope) => !['pole_emploi_inscription', 'pole_emploi_contact'].includes(scope),
  ),
};

/** The answer as a token with these scopes sees it: the other blocks are left out. */
function maskByScope(payload: { data: Record<string, unknown> }, scopes: readonly string[]): object {
  const open = new Set(scopes.map(blockOf));
  const data = Object.fromEntries(Object.entries(payload.data).filter(([block]) => open.has(block)));
  return { ...payload, data };
}

function sendError(
  ctx: SimContext,
  status: number,
  code: string,
  extra: { source?: { parameter: string }; detail?: string; headers?: Record<string, string> } = {},
) {
  const known = ERRORS[code] ?? { title: 'Erreur', detail: 'Erreur' };
  const error = {
    code,
    title: known.title,
    detail: extra.detail ?? known.detail,
    source: extra.source ?? known.source ?? null,
    meta: known.meta ?? { provider: 'France Travail' },
  };
  sendJson(ctx.res, status, { errors: [error] }, extra.headers ?? {});
}

function tooMany(ctx: SimContext, limit: number) {
  sendError(ctx, 429, '00429', {
    headers: {
      'Retry-After': '1',
      'RateLimit-Limit': String(limit),
      'RateLimit-Remaining': '0',
      'RateLimit-Reset': '1',
    },
  });
}

function isLuhnSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let digit = Number(value[13 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export const apiParticulierRoute: Handler = async (ctx) => {
  const { faults, app, url } = ctx;
  if (faults.has('lent')) await delay(app.faults.slowMs);

  const token = bearerToken(ctx.req);
  if (faults.has('401') || token === API_PARTICULIER_TEST_TOKENS.expired) return sendError(ctx, 401, '00103');
  if (token === API_PARTICULIER_TEST_TOKENS.blacklisted) return sendError(ctx, 401, '00105');
  if (
    token === API_PARTICULIER_TEST_TOKENS.noScope ||
    (token === DEMO_CREDENTIALS.apiParticulier.token && faults.has('403'))
  ) {
    return sendError(ctx, 403, '00100');
  }
  const scopes = token === undefined ? undefined : TOKEN_SCOPES[token];
  if (!token || !scopes) return sendError(ctx, 401, '00101');

  if (faults.has('429')) return tooMany(ctx, app.apiParticulierLimiter.perSecond);
  const decision = app.apiParticulierLimiter.take(token);
  if (!decision.allowed) return tooMany(ctx, decision.limit);
  ctx.res.setHeader('RateLimit-Limit', String(decision.limit));
  ctx.res.setHeader('RateLimit-Remaining', String(decision.remaining));
  ctx.res.setHeader('RateLimit-Reset', '1');

  const recipient = url.searchParams.get('recipient');
  if (!recipient || !isLuhnSiret(recipient)) {
    return sendError(ctx, 422, '00203', {
      source: { parameter: 'recipient' },
      detail: recipient
        ? 'Le paramètre recipient doit être un numéro SIRET valide (14 chiffres).'
        : 'Le paramètre recipient est obligatoire (SIRET de l’organisme destinataire).',
    });
  }
  const identifiant = url.searchParams.get('identifiant');
  // A username the person chose: letters, digits, dots, hyphens, underscores (`jean.dupont33`).
  if (!identifiant || !/^[A-Za-z0-9._-]{1,64}$/.test(identifiant)) {
    return sendError(ctx, 422, '00203', {
      source: { parameter: 'identifiant' },
      detail: identifiant
        ? 'Le paramètre identifiant est mal formé.'
        : 'Le paramètre identifiant est obligatoire.',
    });
  }
  if (faults.has('503')) return sendError(ctx, 503, '24001');

  const forced = (API_PARTICULIER_ERROR_IDENTIFIERS as Record<string, { status: number; code: string }>)[
    identifiant
  ];
  if (forced) {
    if (forced.status === 429) return tooMany(ctx, decision.limit);
    return sendError(ctx, forced.status, forced.code);
  }
  const person = findApiParticulierPerson(identifiant);
  if (!person) return sendError(ctx, 404, '24003');
  const visible = maskByScope(person.payload, scopes);
  // A block that is there but broken (no start date): an invalid answer, unlike a masked block.
  const payload = faults.has('item-incomplet')
    ? { ...visible, data: { ...person.payload.data, inscription: { date_fin: null } } }
    : visible;
  sendData(ctx, payload);
};
