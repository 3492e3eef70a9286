/**
 * Error answers of France Travail's API gateway (events, salons, statut augmenté): bearer
 * check, per-client quota and the faults asked for.
 */
import type { SimContext } from '../context';
import { bearerToken, delay, sendJson, sendText } from '../http/respond';
import { franceTravailRateHeaders } from '../rate-limit';

/** Body of the gateway's JSON errors (Spring-style; see lib/events/core/wire/mee.ts meeErrorSchema). */
export function gatewayError(
  ctx: SimContext,
  status: number,
  error: string,
  message: string,
  headers: Record<string, string> = {},
) {
  sendJson(
    ctx.res,
    status,
    { timestamp: new Date().toISOString(), status, error, message, path: ctx.url.pathname },
    headers,
  );
}

const UNAUTHORIZED_HEADER = { 'WWW-Authenticate': 'Bearer error="invalid_token"' };

export function tooManyRequests(ctx: SimContext, limit: number) {
  sendText(ctx.res, 429, 'Too Many Requests', {
    'Retry-After': '1',
    ...franceTravailRateHeaders({ allowed: false, limit, remaining: 0, retryAfter: 1 }),
  });
}

/**
 * Runs the gateway's checks in the real order (slowness, token, subscription, quota,
 * availability). Returns the caller's id when the request may go on, undefined when answered.
 */
export async function guardFranceTravail(
  ctx: SimContext,
  verify: (token: string | undefined) => Promise<string | undefined> | string | undefined,
): Promise<string | undefined> {
  const { faults, app } = ctx;
  if (faults.has('lent')) await delay(app.faults.slowMs);
  if (faults.has('401')) {
    gatewayError(ctx, 401, 'Unauthorized', 'Jeton expiré ou révoqué', UNAUTHORIZED_HEADER);
    return undefined;
  }
  const caller = await verify(bearerToken(ctx.req));
  if (!caller) {
    gatewayError(ctx, 401, 'Unauthorized', 'Jeton absent, invalide ou expiré', UNAUTHORIZED_HEADER);
    return undefined;
  }
  if (faults.has('403')) {
    gatewayError(ctx, 403, 'Forbidden', 'Application non abonnée à cette API');
    return undefined;
  }
  if (faults.has('429')) {
    tooManyRequests(ctx, app.franceTravailLimiter.perSecond);
    return undefined;
  }
  const decision = app.franceTravailLimiter.take(caller);
  if (!decision.allowed) {
    tooManyRequests(ctx, decision.limit);
    return undefined;
  }
  ctx.res.setHeader('X-Ratelimit-Burst-Capacity-Clientidlimiter', String(decision.limit));
  ctx.res.setHeader('X-Ratelimit-Remaining-Clientidlimiter', String(decision.remaining));
  if (faults.has('503')) {
    gatewayError(ctx, 503, 'Service Unavailable', 'Service momentanément indisponible');
    return undefined;
  }
  return caller;
}
