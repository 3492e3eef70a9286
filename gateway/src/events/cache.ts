/**
 * The events of a territory, one shared copy for every agent and process: the first request
 * after the copy ages past FRESH_MS claims the refresh (a lease row: single-flight across
 * processes, and a crashed refresher's lease simply runs out); the others get the current copy
 * (with its age) or, when there is none yet, wait for it. Upstream pages go through the
 * central limiter, so the whole gateway stays under the partner quota. Public data only.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { EmploymentEvent } from '../../../lib/events/core/event';
import { MEE_MAX_PAGE_SIZE } from '../../../lib/events/core/wire/mee';
import { listOnlineFairs, searchEventsPage } from '../../../lib/events/client';
import { zonedDate } from '../../../lib/core/zoned-time';
import { fail, ok, type Result } from '../../../lib/core/app-error';
import { mapWithConcurrency } from '../../../lib/platform/http/rate-limiter';
import { sleep } from '../../../lib/platform/http/sleep';
import type { Database } from '../db/open';
import { isDatabaseUnavailable } from '../db/unavailable';
import { accessWith, bearerRequest } from '../upstream/access';
import type { Limiter } from '../upstream/limiter';
import type { PartnerTokens } from './partner-token';

export const FRESH_MS = 5 * 60_000;
const LEASE_SECONDS = 60;
const MAX_PAGES = 100;
const CONCURRENCY = 3;

export interface EventsDeps {
  db: Database;
  eventsApiUrl: string;
  tokens: PartnerTokens;
  limiter: Limiter;
  /** Limiter key of the partner client (one quota per client). */
  limiterKey: string;
  /** Longest wait for a copy being fetched by another request (first fetch of a territory). */
  maxWaitMs?: number;
  now?: () => number;
}

export interface TerritoryCopy {
  territory: string[];
  events: EmploymentEvent[];
  fetchedAt: string;
  etag: string;
  /** Seconds since the copy was fetched. */
  ageSeconds: number;
  /** True when a refresh failed and this older copy is served instead. */
  stale: boolean;
  failureCode: string | null;
  /**
   * True when the database cannot be reached and this is the last copy this process read
   * (its own memory, read-only: the shared copy stays the database's).
   */
  degraded: boolean;
}

export function territoryKey(departements: readonly string[]): string {
  return [...new Set(departements)].sort().join(',');
}

/** Process-local coalescing in front of the shared lease (PGlite has one connection). */
const inFlightByDb = new WeakMap<Database, Map<string, Promise<Result<TerritoryCopy>>>>();

function sortEvents(events: EmploymentEvent[]): EmploymentEvent[] {
  const byKey = new Map(events.map((event) => [event.key, event]));
  return [...byKey.values()].sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
}

async function fetchTerritory(
  deps: EventsDeps,
  departements: string[],
  now: number,
): Promise<Result<{ events: EmploymentEvent[]; dropped: number; requests: number }>> {
  const access = accessWith({
    events: async (call) => {
      const slot = await deps.limiter.acquire(deps.limiterKey, 10_000);
      if (!slot.allowed)
        return fail({
          code: 'rate_limited',
          service: 'events',
          retryAfterSeconds: Math.ceil(slot.retryAfterMs / 1000),
        });
      const token = await deps.tokens.get();
      if (!token.ok) return token;
      const answer = await bearerRequest(deps.eventsApiUrl, token.value, call, 'events');
      if (answer.ok && answer.value.status === 401) await deps.tokens.forget();
      if (answer.ok && answer.value.status === 429) {
        const seconds = Number(answer.value.headers.get('retry-after') ?? '1');
        await deps.limiter.block(deps.limiterKey, Number.isFinite(seconds) && seconds > 0 ? seconds : 1);
      }
      return answer;
    },
  });
  const body = { dateDebut: zonedDate(now), ...(departements.length > 0 ? { departements } : {}) };
  const [first, fairs] = await Promise.all([
    searchEventsPage(access, body, 0, MEE_MAX_PAGE_SIZE, { now }),
    listOnlineFairs(access),
  ]);
  if (!first.ok) return first;
  if (!fairs.ok) return fairs;
  const pageCount = Math.min(Math.ceil(first.value.totalElements / MEE_MAX_PAGE_SIZE), MAX_PAGES);
  const rest = Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => i + 1);
  const pages = await mapWithConcurrency(rest, CONCURRENCY, (index) =>
    searchEventsPage(access, body, index, MEE_MAX_PAGE_SIZE, { now }),
  );
  const failed = pages.find((page) => !page.ok);
  if (failed && !failed.ok) return failed;
  const all = [first.value, ...pages.flatMap((page) => (page.ok ? [page.value] : []))];
  return ok({
    events: sortEvents([...all.flatMap((page) => page.events), ...fairs.value.events]),
    dropped: all.reduce((n, page) => n + page.dropped, 0) + fairs.value.dropped,
    requests: 2 + rest.length,
  });
}

function copyOf(
  row: {
    territory: string;
    events: unknown;
    fetched_at: Date | null;
    etag: string | null;
    failure_code: string | null;
    failure_at: Date | null;
  },
  now: number,
): TerritoryCopy | null {
  if (!row.fetched_at || !row.etag || !Array.isArray(row.events)) return null;
  return {
    territory: row.territory === '' ? [] : row.territory.split(','),
    events: row.events as EmploymentEvent[],
    fetchedAt: row.fetched_at.toISOString(),
    etag: row.etag,
    ageSeconds: Math.max(0, Math.floor((now - row.fetched_at.getTime()) / 1000)),
    stale: row.failure_at !== null && row.failure_at > row.fetched_at,
    failureCode: row.failure_at !== null && row.failure_at > row.fetched_at ? row.failure_code : null,
    degraded: false,
  };
}

/** The last copy of each territory this process read from the database (events shared by reference). */
const lastKnownByDb = new WeakMap<Database, Map<string, TerritoryCopy>>();

function keepLastKnown(db: Database, territory: string, copy: TerritoryCopy): void {
  let known = lastKnownByDb.get(db);
  if (!known) lastKnownByDb.set(db, (known = new Map()));
  const held = known.get(territory);
  if (!held || held.fetchedAt <= copy.fetchedAt) known.set(territory, copy);
}

/**
 * The last copy this process read of the territory, aged to `now` and marked degraded: for
 * an outage of the database only (the route says so to the client). Undefined when this
 * process never read one.
 */
export function lastKnownCopy(
  db: Database,
  departements: readonly string[],
  now = Date.now(),
): TerritoryCopy | undefined {
  const held = lastKnownByDb.get(db)?.get(territoryKey(departements));
  if (!held) return undefined;
  return {
    ...held,
    ageSeconds: Math.max(0, Math.floor((now - Date.parse(held.fetchedAt)) / 1000)),
    stale: true,
    degraded: true,
  };
}

/**
 * The last copy parsed by this process, per territory: its etag is a hash of the events, so a
 * row with the same etag holds the same events. Every request reads the row's small columns;
 * the events (MBs of JSON) only when they changed (measured by bench/gateway-load.ts: reading
 * and parsing them at every request held a territory's requests to a few dozen a second).
 */
const parsedByDb = new WeakMap<Database, Map<string, { etag: string; events: unknown }>>();

async function readRow(db: Database, territory: string) {
  const meta = await db
    .selectFrom('events_cache')
    .select(['territory', 'etag', 'fetched_at', 'failure_code', 'failure_at', 'lease_until'])
    .where('territory', '=', territory)
    .executeTakeFirst();
  if (!meta) return undefined;
  let parsed = parsedByDb.get(db);
  if (!parsed) parsedByDb.set(db, (parsed = new Map()));
  const known = parsed.get(territory);
  if (meta.etag && known?.etag === meta.etag) return { ...meta, events: known.events };
  const row = await db
    .selectFrom('events_cache')
    .selectAll()
    .where('territory', '=', territory)
    .executeTakeFirst();
  if (row?.etag && Array.isArray(row.events)) parsed.set(territory, { etag: row.etag, events: row.events });
  return row;
}

async function claim(db: Database, territory: string): Promise<boolean> {
  await db
    .insertInto('events_cache')
    .values({
      territory,
      etag: null,
      events: null,
      fetched_at: null,
      failure_at: null,
      failure_code: null,
      lease_until: null,
    })
    .onConflict((oc) => oc.column('territory').doNothing())
    .execute();
  const claimed = await db
    .updateTable('events_cache')
    .set({ lease_until: sql<Date>`clock_timestamp() + make_interval(secs => ${LEASE_SECONDS})` })
    .where('territory', '=', territory)
    .where((eb) =>
      eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', sql<Date>`clock_timestamp()`)]),
    )
    .returning('territory')
    .executeTakeFirst();
  return claimed !== undefined;
}

async function refresh(
  deps: EventsDeps,
  territory: string,
  departements: string[],
  now: number,
): Promise<void> {
  const fetched = await fetchTerritory(deps, departements, now);
  if (fetched.ok) {
    const json = JSON.stringify(fetched.value.events);
    const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
    await deps.db
      .updateTable('events_cache')
      .set({
        events: json,
        etag,
        fetched_at: new Date(now),
        dropped: fetched.value.dropped,
        requests: fetched.value.requests,
        refreshes: sql<number>`refreshes + 1`,
        failure_at: null,
        failure_code: null,
        lease_until: null,
      })
      .where('territory', '=', territory)
      .execute();
  } else {
    await deps.db
      .updateTable('events_cache')
      .set({ failure_at: new Date(now), failure_code: fetched.error.code, lease_until: null })
      .where('territory', '=', territory)
      .execute();
  }
}

async function load(
  deps: EventsDeps,
  departements: string[],
  force: boolean,
): Promise<Result<TerritoryCopy>> {
  const territory = territoryKey(departements);
  const clock = () => deps.now?.() ?? Date.now();
  const row = await readRow(deps.db, territory);
  const copy = row ? copyOf(row, clock()) : null;
  const due = !copy || force || clock() - Date.parse(copy.fetchedAt) >= FRESH_MS;
  if (!due && copy) return ok(copy);
  if (await claim(deps.db, territory)) {
    await refresh(deps, territory, territory === '' ? [] : territory.split(','), clock());
    const after = await readRow(deps.db, territory);
    const fresh = after ? copyOf(after, clock()) : null;
    if (fresh) return ok(fresh);
    return fail({ code: (after?.failure_code as 'server' | null) ?? 'server', service: 'events' });
  }
  // Someone else is refreshing: the current copy now, else wait for the first one.
  if (copy) return ok(copy);
  const deadline = clock() + (deps.maxWaitMs ?? 30_000);
  while (clock() < deadline) {
    await sleep(150);
    const waited = await readRow(deps.db, territory);
    const got = waited ? copyOf(waited, clock()) : null;
    if (got) return ok(got);
    if (waited?.failure_at && !waited.lease_until) return fail({ code: 'server', service: 'events' });
  }
  return fail({
    code: 'timeout',
    service: 'events',
    detail: 'The first copy of this territory is still being fetched',
  });
}

/**
 * The territory's events: fresh, current, or the last copy with its age when upstream is down;
 * when the database is down, the last copy this process read (degraded), if it read one.
 */
export function territoryEvents(
  deps: EventsDeps,
  departements: readonly string[],
  options: { force?: boolean } = {},
): Promise<Result<TerritoryCopy>> {
  const list = [...new Set(departements)].sort();
  const key = `${territoryKey(list)}|${options.force ? 'force' : ''}`;
  let inFlight = inFlightByDb.get(deps.db);
  if (!inFlight) inFlightByDb.set(deps.db, (inFlight = new Map()));
  const map = inFlight;
  let pending = map.get(key);
  if (!pending) {
    const territory = territoryKey(list);
    pending = load(deps, list, options.force ?? false)
      .then(
        (result) => {
          if (result.ok) keepLastKnown(deps.db, territory, result.value);
          return result;
        },
        (error: unknown) => {
          // Unreachable database: this process's last copy, with its age; none → the error (503).
          const held = isDatabaseUnavailable(error) ? lastKnownCopy(deps.db, list, deps.now?.()) : undefined;
          if (held) return ok(held);
          throw error;
        },
      )
      .finally(() => map.delete(key));
    map.set(key, pending);
  }
  return pending;
}
