import type { ApiAccess } from '../platform/auth/api-access';
import type { EmploymentEvent } from './core/event';
import { fail, ok, type Result } from '../core/app-error';
import { answerError, isSuccess, parseJsonText, type HttpAnswer } from '../platform/http/http-client';
import { describeIssues } from '../platform/http/parse';
import { meeErrorSchema, meeEvenementSchema, meeSearchPageSchema, type MeeSearchBody } from './core/wire/mee';
import { salonEnLigneSchema, salonsEnLigneListSchema } from './core/wire/salons-en-ligne';
import { normaliseMeeEvent } from './core/normalise-mee';
import { normaliseSalon } from './core/normalise-salon';
import { parseItems } from './core/parse-items';

export interface EventsPage {
  totalElements: number;
  events: EmploymentEvent[];
  dropped: number;
}

export interface EventsList {
  events: EmploymentEvent[];
  dropped: number;
}

/** A non-2xx MEE answer, with the gateway's own message as developer detail when readable. */
function meeFailure(answer: HttpAnswer) {
  const error = answerError(answer, 'events');
  const json = parseJsonText(answer.text);
  const body = json.ok ? meeErrorSchema.safeParse(json.value) : null;
  return fail(
    body?.success && body.data.message ? { ...error, detail: body.data.message.slice(0, 200) } : error,
  );
}

function invalid(status: number, detail: string) {
  return fail({ code: 'invalid_answer', service: 'events', status, detail });
}

/** One page of the MEE search (`page` 0-based); an empty body means no result. */
export async function searchEventsPage(
  access: ApiAccess,
  body: MeeSearchBody,
  page: number,
  size: number,
  options: { signal?: AbortSignal; now?: number } = {},
): Promise<Result<EventsPage>> {
  const sent = await access.events({
    path: '/mee/evenements',
    method: 'POST',
    query: { page, size },
    json: body,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!sent.ok) return sent;
  if (!isSuccess(sent.value)) return meeFailure(sent.value);
  const json = parseJsonText(sent.value.text);
  if (!json.ok) return invalid(sent.value.status, 'Search answer is not JSON');
  if (json.value === undefined) return ok({ totalElements: 0, events: [], dropped: 0 });
  const parsed = meeSearchPageSchema.safeParse(json.value);
  if (!parsed.success) return invalid(sent.value.status, `Search page: ${describeIssues(parsed.error)}`);
  const { items, dropped } = parseItems(parsed.data.content, meeEvenementSchema, (item) =>
    normaliseMeeEvent(item, options.now),
  );
  return ok({ totalElements: parsed.data.totalElements, events: items, dropped });
}

/** One MEE event by id; an empty body (or 404) is `not_found`. */
export async function getMeeEvent(
  access: ApiAccess,
  id: string,
  options: { now?: number } = {},
): Promise<Result<EmploymentEvent>> {
  if (!/^\d{1,18}$/.test(id)) return fail({ code: 'invalid_request', detail: 'A MEE event id is numeric' });
  const sent = await access.events({ path: `/mee/evenement/${id}` });
  if (!sent.ok) return sent;
  if (!isSuccess(sent.value)) return meeFailure(sent.value);
  const json = parseJsonText(sent.value.text);
  if (!json.ok) return invalid(sent.value.status, 'Event answer is not JSON');
  if (json.value === undefined || json.value === null) {
    return fail({ code: 'not_found', service: 'events', status: sent.value.status });
  }
  const parsed = meeEvenementSchema.safeParse(json.value);
  if (!parsed.success) return invalid(sent.value.status, `Event: ${describeIssues(parsed.error)}`);
  const event = normaliseMeeEvent(parsed.data, options.now);
  return event ? ok(event) : invalid(sent.value.status, 'Event dates cannot be read');
}

/** The online fairs (a bare array, no parameters). */
export async function listOnlineFairs(
  access: ApiAccess,
  options: { signal?: AbortSignal } = {},
): Promise<Result<EventsList>> {
  const sent = await access.events({
    path: '/salonsenligne',
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!sent.ok) return sent;
  if (!isSuccess(sent.value)) return meeFailure(sent.value);
  const json = parseJsonText(sent.value.text);
  if (!json.ok) return invalid(sent.value.status, 'Online fairs answer is not JSON');
  if (json.value === undefined) return ok({ events: [], dropped: 0 });
  const parsed = salonsEnLigneListSchema.safeParse(json.value);
  if (!parsed.success) return invalid(sent.value.status, `Online fairs: ${describeIssues(parsed.error)}`);
  const { items, dropped } = parseItems(parsed.data, salonEnLigneSchema, normaliseSalon);
  return ok({ events: items, dropped });
}

/** An online fair by its derived id (the source has no detail endpoint: the list is read). */
export async function getOnlineFair(access: ApiAccess, id: string): Promise<Result<EmploymentEvent>> {
  const list = await listOnlineFairs(access);
  if (!list.ok) return list;
  const found = list.value.events.find((event) => event.id === id);
  return found ? ok(found) : fail({ code: 'not_found', service: 'events' });
}
