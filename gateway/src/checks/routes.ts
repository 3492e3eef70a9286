/** Checks under /api/v1/checks (DPoP), and FranceConnect's browser returns (no token: the person's browser). */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { GatewayApp } from '../app-types';
import { problemSchema } from '../http/problem';
import type { Part2Context } from '../part2/context';
import { organisationOf, type CallerOf } from '../part2/caller';
import {
  CALLBACK_PATH,
  LOGGED_OUT_PATH,
  START_PATH,
  collectFranceConnectCheck,
  handleCallback,
  handleLoggedOut,
  handleStart,
  startFranceConnectCheck,
  type CallbackNext,
  type FranceConnectCheckDeps,
} from './franceconnect-check';
import { checkByIdentifier } from './identifier-check';
import { oneTimeKeySchema } from './seal';

const statusSchema = z
  .object({
    source: z.enum(['franceconnect', 'api-particulier']),
    retrievedAt: z.string(),
    identity: z.unknown().describe('StatusIdentity or null (not visible / not covered)'),
    contact: z.unknown().describe('StatusContact or null'),
    address: z.unknown().describe('StatusAddress or null'),
    registration: z.unknown().describe('StatusRegistration'),
  })
  .meta({
    id: 'JobSeekerStatus',
    description: 'lib/status/core/status.ts, minimised to the organisation’s visible fields.',
  });

const checkAnswerSchema = z
  .object({
    checkId: z.uuid(),
    found: z.boolean(),
    status: statusSchema.nullable(),
    notCovered: z.array(z.enum(['identite', 'contact', 'adresse', 'inscription'])),
  })
  .meta({ id: 'CheckAnswer' });

const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  422: problemSchema,
  429: problemSchema,
  501: problemSchema,
  502: problemSchema,
  503: problemSchema,
  504: problemSchema,
};

function fcDeps(context: Part2Context): FranceConnectCheckDeps {
  return {
    db: context.db,
    publicUrl: context.publicUrl,
    statusApiUrl: context.upstreams.statusApiUrl,
    returnUris: context.returnUris,
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, message: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></main></body></html>`;
}

export function checkRoutes(api: GatewayApp, context: Part2Context, callerOf: CallerOf): void {
  api.post(
    '/checks/identifier',
    {
      schema: {
        summary: 'Check a job seeker’s status by France Travail identifier (API Particulier v3)',
        description:
          'Journaled before the call; no journal, no call. Answer minimised to the organisation’s visible fields.',
        tags: ['checks'],
        security: [{ dpop: [] }],
        body: z.object({
          identifiant: z.string().min(1).max(40),
          motif: z.string().min(1).max(200),
          caseReference: z.string().max(64),
        }),
        response: { 200: checkAnswerSchema, ...problems },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const org = organisationOf(context, caller);
      const answer = await checkByIdentifier(
        {
          db: context.db,
          limiter: context.apiParticulierLimiter,
          apiParticulierUrl: context.upstreams.apiParticulierUrl,
          production: context.upstreams.production,
        },
        org.profile,
        { agentId: caller.agentId, ...request.body },
      );
      return reply.header('cache-control', 'no-store').send(answer);
    },
  );

  api.post(
    '/checks/franceconnect',
    {
      schema: {
        summary: 'Start a check with the person present (FranceConnect “statut augmenté”)',
        description:
          'Journals the intent and answers the URL to open with identity.launchWebAuthFlow. The result is sealed to oneTimeKey.',
        tags: ['checks'],
        security: [{ dpop: [] }],
        body: z.object({
          motif: z.string().min(1).max(200),
          caseReference: z.string().max(64),
          oneTimeKey: oneTimeKeySchema,
          returnUri: z.string().url(),
        }),
        response: {
          201: z
            .object({
              checkId: z.uuid(),
              authorizationUrl: z.string().url().describe('FranceConnect’s authorization URL.'),
              startUrl: z
                .string()
                .url()
                .describe('The gateway’s URL that redirects there: the one to open (Firefox needs it).'),
            })
            .meta({ id: 'FranceConnectStart' }),
          ...problems,
        },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const org = organisationOf(context, caller);
      const started = await startFranceConnectCheck(fcDeps(context), org.profile, org.franceConnect, {
        agentId: caller.agentId,
        ...request.body,
      });
      return reply.code(201).header('cache-control', 'no-store').send(started);
    },
  );

  api.get(
    '/checks/franceconnect/:checkId/result',
    {
      schema: {
        summary: 'Collect a FranceConnect check’s result, once (JWE compact, ECDH-ES + A256GCM)',
        tags: ['checks'],
        security: [{ dpop: [] }],
        params: z.object({ checkId: z.uuid() }),
        response: {
          200: z.object({ checkId: z.uuid(), sealedResult: z.string() }).meta({ id: 'SealedResult' }),
          404: problemSchema,
          409: problemSchema,
          ...problems,
        },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const result = await collectFranceConnectCheck(
        fcDeps(context),
        caller.organisationId,
        caller.agentId,
        request.params.checkId,
      );
      return reply.header('cache-control', 'no-store').send(result);
    },
  );
}

/** Browser routes (outside /api/v1): FranceConnect sends the person's browser here. */
export function franceConnectReturnRoutes(app: GatewayApp, context: Part2Context): void {
  const answer = (next: CallbackNext, reply: FastifyReply) =>
    'redirect' in next
      ? reply.header('cache-control', 'no-store').redirect(next.redirect, 303)
      : reply
          .code(next.page.status)
          .type('text/html; charset=utf-8')
          .header('cache-control', 'no-store')
          .send(page(next.page.title, next.page.message));

  const browserRoute = (summary: string) => ({
    schema: {
      summary,
      description: 'Reached by the person’s browser (no token): a 303 redirect, or a page in French.',
      tags: ['checks'],
    },
  });
  app.get(
    START_PATH,
    {
      schema: {
        ...browserRoute('The first step of a check with the person present: on to FranceConnect').schema,
        params: z.object({ checkId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const next = await handleStart(fcDeps(context), request.params.checkId, (organisationId) => {
        const org = context.organisations.get(organisationId);
        return org ? { fc: org.franceConnect } : null;
      });
      return answer(next, reply);
    },
  );
  app.get(
    CALLBACK_PATH,
    browserRoute('FranceConnect’s return after the person signed in'),
    async (request, reply) => {
      // The URL as the browser reached it, on the public origin (behind the reverse proxy too).
      const url = new URL(request.url, context.publicUrl);
      const next = await handleCallback(fcDeps(context), url, (organisationId) => {
        const org = context.organisations.get(organisationId);
        return org ? { profile: org.profile, fc: org.franceConnect } : null;
      });
      return answer(next, reply);
    },
  );
  app.get(
    LOGGED_OUT_PATH,
    browserRoute('FranceConnect’s return after its session ended'),
    async (request, reply) => {
      const state = new URL(request.url, context.publicUrl).searchParams.get('state');
      return answer(await handleLoggedOut(fcDeps(context), state), reply);
    },
  );
}
