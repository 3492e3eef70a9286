/**
 * API Particulier v3: `GET /v3/france_travail/statut/identifiant?identifiant&recipient`
 * with an organisation token; errors as `{errors:[{code,title,detail,source,meta}]}`.
 */
import type { Handler, SimContext } from '../context';
import { API_PARTICULIER_ERROR_IDENTIFIERS, findApiParticulierPerson } from '../data/people';
import { API_PARTICULIER_TEST_TOKENS, DEMO_CREDENTIALS } from '../../lib/settings/core/demo-credentials';
import { bearerToken, delay, sendJson } from '../http/respond';
import { sendData } from './payload';

interface ApiError {
  status: number;
  code: string;
  title: string;
  detail: string;
  source?: { parameter: string };
}

const ERRORS: Record<string, Omit<ApiError, 'status' | 'code'>> = {
  '00100': { title: 'Accès non autorisé', detail: 'Le jeton n’a pas accès à ces données (scope manquant).' },
  '00101': { title: 'Non autorisé', detail: 'Le jeton d’accès est absent ou invalide.' },
  '00103': { title: 'Jeton expiré', detail: 'Le jeton d’accès a expiré : renouvelez-le.' },
  '00105': {
    title: 'Jeton sur liste noire',
    detail: 'Ce jeton a été exposé et mis sur liste noire : demandez-en un nouveau.',
  },
  '00015': {
    title: 'Requête déjà en cours',
    detail: 'Une requête avec ce jeton est déjà en cours de traitement.',
  },
  '00429': { title: 'Trop de requêtes', detail: 'Limite de 20 requêtes par seconde dépassée.' },
  '24003': {
    title: 'Dossier non trouvé',
    detail: 'Aucune situation France Travail n’a été trouvée pour cet identifiant.',
  },
  '24999': { title: 'Erreur du fournisseur', detail: 'France Travail a renvoyé une erreur inattendue.' },
  '24001': { title: 'Fournisseur indisponible', detail: 'France Travail est momentanément indisponible.' },
  '24002': { title: 'Fournisseur en maintenance', detail: 'France Travail est en maintenance.' },
  '24004': { title: 'Délai dépassé', detail: 'France Travail n’a pas répondu à temps.' },
  '00501': { title: 'Service indisponible', detail: 'Le service est momentanément indisponible.' },
};

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
    source: extra.source ?? null,
    meta: { provider: 'France Travail' },
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
  if (token !== DEMO_CREDENTIALS.apiParticulier.token) return sendError(ctx, 401, '00101');

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
  if (!identifiant || !/^[A-Za-z0-9_]{1,20}$/.test(identifiant)) {
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
  const payload = faults.has('item-incomplet')
    ? { ...person.payload, data: { identifiant: person.identifiant, identite: person.payload.data.identite } }
    : person.payload;
  sendData(ctx, payload);
};
