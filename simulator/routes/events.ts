/**
 * MEE events: `POST /partenaire/evenements/v1/mee/evenements?page&size` (search, every
 * documented filter applied), `GET …/mee/evenement/{id}` (one event) — empty body (204)
 * when nothing matches, as the doc says "an empty body means no result".
 */
import { meeSearchBodySchema, meeSearchQuerySchema } from '../../lib/events/core/wire/mee';
import type { MeeSearchBody } from '../../lib/events/core/wire/mee';
import type { Handler, SimContext } from '../context';
import { searchEvents } from '../data/search';
import { readBody, sendEmpty } from '../http/respond';
import { gatewayError, guardFranceTravail } from './gateway';
import { breakOneItem, describeIssues, sendData, without } from './payload';

/** Required fields an `item-incomplet` event loses. */
const BROKEN_EVENT_FIELDS = ['titre', 'dateEvenement', 'urlDetailEvenement'];

const verifyPartner = (ctx: SimContext) => (token: string | undefined) =>
  ctx.app.partnerTokens.verify(token)?.clientId;

/** Validates a search body the way the API does; shared with the admin query endpoint. */
export function parseSearchBody(
  raw: unknown,
): { ok: true; body: MeeSearchBody } | { ok: false; message: string } {
  const parsed = meeSearchBodySchema.safeParse(raw ?? {});
  if (!parsed.success) return { ok: false, message: describeIssues(parsed.error) };
  const { latitude, longitude, rayon } = parsed.data;
  const given = [latitude, longitude, rayon].filter((v) => v !== undefined).length;
  if (given !== 0 && given !== 3) {
    return { ok: false, message: 'latitude, longitude and rayon go together (radius search, rayon in km)' };
  }
  return { ok: true, body: parsed.data };
}

export const searchEventsRoute: Handler = async (ctx) => {
  if (!(await guardFranceTravail(ctx, verifyPartner(ctx)))) return;
  const query = meeSearchQuerySchema.safeParse({
    page: ctx.url.searchParams.get('page') ?? undefined,
    size: ctx.url.searchParams.get('size') ?? undefined,
  });
  if (!query.success) {
    gatewayError(
      ctx,
      400,
      'Bad Request',
      `Invalid paging: ${describeIssues(query.error)} (page ≥ 0, 1 ≤ size ≤ 100)`,
    );
    return;
  }
  const text = await readBody(ctx.req);
  let raw: unknown = {};
  if (text.trim() !== '') {
    try {
      raw = JSON.parse(text);
    } catch {
      gatewayError(ctx, 400, 'Bad Request', 'Malformed JSON request body');
      return;
    }
  }
  const body = parseSearchBody(raw);
  if (!body.ok) {
    gatewayError(ctx, 400, 'Bad Request', `Invalid search criteria: ${body.message}`);
    return;
  }
  const found = searchEvents(ctx.app.events, body.body);
  if (found.length === 0) {
    sendEmpty(ctx.res, 204);
    return;
  }
  const { page, size } = query.data;
  const content = found.slice(page * size, page * size + size).map((e) => e.wire);
  sendData(ctx, { totalElements: found.length, content: breakOneItem(ctx, content, BROKEN_EVENT_FIELDS) });
};

export const eventDetailRoute: Handler = async (ctx) => {
  if (!(await guardFranceTravail(ctx, verifyPartner(ctx)))) return;
  const id = ctx.params.id ?? '';
  if (!/^\d{1,12}$/.test(id)) {
    gatewayError(ctx, 400, 'Bad Request', 'The event id must be a number');
    return;
  }
  const event = ctx.app.eventsById.get(Number(id));
  if (!event) {
    sendEmpty(ctx.res, 204);
    return;
  }
  sendData(ctx, ctx.faults.has('item-incomplet') ? without(event.wire, BROKEN_EVENT_FIELDS) : event.wire);
};
