/** Events under /api/v1/events (DPoP): the territory's shared copy, paged, with ETag / 304. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { getMeeEvent } from '../../../lib/events/client';
import type { GatewayApp } from '../app-types';
import { DATABASE_RETRY_AFTER_SECONDS } from '../db/unavailable';
import { ProblemError, problemSchema } from '../http/problem';
import type { Part2Context } from '../part2/context';
import { organisationOf, type CallerOf } from '../part2/caller';
import { accessWith, bearerRequest } from '../upstream/access';
import { lastKnownCopy, territoryEvents, type EventsDeps, type TerritoryCopy } from './cache';

const departementsQuery = z
  .string()
  .regex(/^(\d{2,3}|2[AB])(,(\d{2,3}|2[AB])){0,100}$/, 'département codes separated by commas')
  .optional()
  .describe('Comma-separated département codes; the organisation’s default territory when absent.');

const copyMeta = {
  territory: z.array(z.string()),
  fetchedAt: z.string(),
  ageSeconds: z.number().int(),
  stale: z.boolean().describe('True when upstream failed and an older copy is served.'),
  degraded: z
    .boolean()
    .describe(
      'True when the gateway cannot reach its database and serves the last copy this process read (stale too).',
    ),
};

const eventSchema = z.unknown().meta({ id: 'EmploymentEvent', description: 'lib/events/core/event.ts' });

function depsOf(context: Part2Context, organisationId: string): EventsDeps {
  const org = context.organisations.get(organisationId);
  if (!org)
    throw new ProblemError(
      403,
      'organisation-unknown',
      'Votre organisation n’est pas servie par cette passerelle.',
    );
  return {
    db: context.db,
    eventsApiUrl: context.upstreams.eventsApiUrl,
    tokens: org.partnerTokens,
    limiter: context.eventsLimiter,
    limiterKey: org.eventsLimiterKey,
  };
}

async function copyFor(
  context: Part2Context,
  organisationId: string,
  departements: string | undefined,
  request: FastifyRequest,
): Promise<TerritoryCopy> {
  const org = context.organisations.get(organisationId);
  const territory = departements ? departements.split(',') : (org?.defaultTerritory ?? []);
  if (request.databaseDown) {
    // Admitted without the database (api/auth.ts): never try it again for this request.
    const held = lastKnownCopy(context.db, territory);
    if (held) return held;
    throw new ProblemError(
      503,
      'database-unavailable',
      'La passerelle ne joint plus sa base de données : réessayez dans quelques secondes.',
      'No copy of these events is held by this process.',
      { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) },
    );
  }
  const result = await territoryEvents(depsOf(context, organisationId), territory);
  if (!result.ok) {
    throw new ProblemError(
      result.error.code === 'timeout' ? 504 : 502,
      'events-unavailable',
      'Les événements de France Travail sont momentanément indisponibles : réessayez plus tard.',
    );
  }
  return result.value;
}

const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  502: problemSchema,
  503: problemSchema,
  504: problemSchema,
};

/** Age, and for a copy that is not current a stale marker (RFC 7234 warn-code 110). */
function copyHeaders(copy: TerritoryCopy): Record<string, string> {
  return {
    age: String(copy.ageSeconds),
    ...(copy.stale || copy.degraded ? { warning: '110 - "Response is Stale"' } : {}),
  };
}

/** Pages of a copy already serialised, by the copy's events array (one per etag and process). */
const pagesOf = new WeakMap<readonly unknown[], Map<string, string>>();
const MAX_PAGES_KEPT = 200;

function pageJson(events: readonly unknown[], page: number, size: number): string {
  let pages = pagesOf.get(events);
  if (!pages) pagesOf.set(events, (pages = new Map()));
  const key = `${page}-${size}`;
  let json = pages.get(key);
  if (json === undefined) {
    json = JSON.stringify(events.slice(page * size, page * size + size));
    if (pages.size < MAX_PAGES_KEPT) pages.set(key, json);
  }
  return json;
}

export function eventRoutes(api: GatewayApp, context: Part2Context, callerOf: CallerOf): void {
  api.get(
    '/events',
    {
      config: { servedWhileDatabaseDown: true },
      schema: {
        summary: 'Events of a territory (the gateway’s shared copy), paged; ETag and If-None-Match',
        tags: ['events'],
        security: [{ dpop: [] }],
        description:
          'While the database is unreachable, answered from the last copy this process read, marked `degraded`, to a caller whose token this process verified before (revocation and proof replay on other processes are not checked then: public data only).',
        querystring: z.object({
          departements: departementsQuery,
          page: z.coerce.number().int().min(0).max(1000).default(0),
          size: z.coerce.number().int().min(1).max(500).default(200),
        }),
        response: {
          200: z
            .object({
              ...copyMeta,
              total: z.number().int(),
              page: z.number().int(),
              size: z.number().int(),
              events: z.array(eventSchema),
            })
            .meta({ id: 'EventsPage' }),
          304: z.null().describe('The copy is the one the client holds.'),
          ...problems,
        },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      organisationOf(context, caller);
      const copy = await copyFor(context, caller.organisationId, request.query.departements, request);
      const { page, size } = request.query;
      const etag = `W/${copy.etag}-${page}-${size}`;
      reply.header('etag', etag).headers(copyHeaders(copy)).header('cache-control', 'private, no-cache');
      // A copy that is not current is sent whole: its markers are in the body.
      if (request.headers['if-none-match'] === etag && !copy.stale && !copy.degraded)
        return reply.code(304).send(null);
      const head = JSON.stringify({
        territory: copy.territory,
        fetchedAt: copy.fetchedAt,
        ageSeconds: copy.ageSeconds,
        stale: copy.stale,
        degraded: copy.degraded,
        total: copy.events.length,
        page,
        size,
      });
      // The same page for every agent of the territory: serialised once per copy (a string is sent as is).
      const body = `${head.slice(0, -1)},"events":${pageJson(copy.events, page, size)}}`;
      return reply.type('application/json; charset=utf-8').send(body as never);
    },
  );

  api.get(
    '/events/online-fairs',
    {
      config: { servedWhileDatabaseDown: true },
      schema: {
        summary: 'Online fairs (salons en ligne), from the shared copy',
        tags: ['events'],
        security: [{ dpop: [] }],
        querystring: z.object({ departements: departementsQuery }),
        response: {
          200: z.object({ ...copyMeta, events: z.array(eventSchema) }).meta({ id: 'OnlineFairs' }),
          ...problems,
        },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const copy = await copyFor(context, caller.organisationId, request.query.departements, request);
      return reply.headers(copyHeaders(copy)).send({
        territory: copy.territory,
        fetchedAt: copy.fetchedAt,
        ageSeconds: copy.ageSeconds,
        stale: copy.stale,
        degraded: copy.degraded,
        events: copy.events.filter((event) => event.source === 'salon-en-ligne'),
      });
    },
  );

  api.get(
    '/events/:key',
    {
      schema: {
        summary: 'One event by its key (`mee:<id>` or `salon-en-ligne:<id>`)',
        tags: ['events'],
        security: [{ dpop: [] }],
        params: z.object({ key: z.string().regex(/^(mee|salon-en-ligne):[A-Za-z0-9_-]{1,64}$/) }),
        querystring: z.object({ departements: departementsQuery }),
        response: { 200: eventSchema, ...problems },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const copy = await copyFor(context, caller.organisationId, request.query.departements, request);
      const cached = copy.events.find((event) => event.key === request.params.key);
      if (cached) return reply.send(cached);
      const [source, id = ''] = request.params.key.split(':');
      if (source === 'mee') {
        const deps = depsOf(context, caller.organisationId);
        const token = await deps.tokens.get();
        if (token.ok) {
          const found = await getMeeEvent(
            accessWith({ events: (call) => bearerRequest(deps.eventsApiUrl, token.value, call, 'events') }),
            id,
          );
          if (found.ok) return reply.send(found.value);
        }
      }
      throw new ProblemError(404, 'event-not-found', 'Cet événement est introuvable (terminé ou retiré).');
    },
  );
}
