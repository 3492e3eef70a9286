/**
 * The central journal under /api/v1/journal (DPoP). Agents read their own checks; référents
 * and DPOs read the organisation's, search by identifier (the gateway computes the
 * fingerprint), export and verify the chain. Every search and export is journaled too.
 */
import { z } from 'zod';
import { chainReportSchema, journalChecksSchema } from '../../../lib/journal/core/gateway-wire';
import type { GatewayApp } from '../app-types';
import { ProblemError, problemSchema } from '../http/problem';
import type { Part2Context } from '../part2/context';
import { organisationOf, requireOversight, type CallerOf, type Part2Caller } from '../part2/caller';
import { checkIdentifierForGateway, identifierKey } from '../shared/identifier';
import { CHECK_OUTCOMES, type JournalDraft, type JournalEntry } from './entry';
import { journalToCsv, journalToJson } from './export';
import { fingerprint } from './fingerprint';
import { appendEntry, listChecks, listEntries, verifyJournal } from './store';

const listSchema = journalChecksSchema;

const period = {
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
};
const paging = {
  before: z.coerce.number().int().min(1).optional().describe('Sequence number to page back from.'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
};

const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  422: problemSchema,
  503: problemSchema,
};

const date = (value: string | undefined) => (value ? new Date(value) : undefined);

async function journaled(
  context: Part2Context,
  caller: Part2Caller,
  draft: Omit<
    JournalDraft,
    'agentId' | 'mode' | 'motif' | 'caseReference' | 'checkId' | 'outcome' | 'errorCode'
  >,
) {
  try {
    await appendEntry(context.db, caller.organisationId, {
      agentId: caller.agentId,
      mode: null,
      motif: null,
      caseReference: null,
      checkId: null,
      outcome: null,
      errorCode: null,
      ...draft,
    });
  } catch {
    throw new ProblemError(
      503,
      'journal-unavailable',
      'Le journal est indisponible : la demande n’a pas été traitée.',
    );
  }
}

/** Names the agents of a page of checks ("who checked"): the agents' own data, not the person's. */
async function page(context: Part2Context, checks: Awaited<ReturnType<typeof listChecks>>, limit: number) {
  const ids = [...new Set(checks.map((c) => c.agentId))].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const agents =
    ids.length === 0
      ? []
      : await context.db
          .selectFrom('agents')
          .select(['id', 'given_name', 'usual_name', 'email'])
          .where('id', 'in', ids)
          .execute();
  const byId = new Map(
    agents.map((a) => [a.id, { givenName: a.given_name, usualName: a.usual_name, email: a.email }]),
  );
  return {
    checks: checks.map((c) => ({ ...c, agent: byId.get(c.agentId) ?? null })),
    nextBefore: checks.length === limit ? (checks.at(-1)?.seq ?? null) : null,
  };
}

export function journalRoutes(api: GatewayApp, context: Part2Context, callerOf: CallerOf): void {
  api.get(
    '/journal/mine',
    {
      schema: {
        summary: 'The signed-in agent’s own checks, newest first',
        tags: ['journal'],
        security: [{ dpop: [] }],
        querystring: z.object({ ...period, ...paging }),
        response: { 200: listSchema, ...problems },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const { from, to, before, limit } = request.query;
      const checks = await listChecks(
        context.db,
        caller.organisationId,
        { agentId: caller.agentId, from: date(from), to: date(to) },
        { beforeSeq: before, limit },
      );
      return page(context, checks, limit);
    },
  );

  api.get(
    '/journal',
    {
      schema: {
        summary: 'The organisation’s checks (référent, DPO), with filters',
        tags: ['journal'],
        security: [{ dpop: [] }],
        querystring: z.object({
          ...period,
          ...paging,
          agent: z.string().max(100).optional(),
          motif: z.string().max(200).optional(),
          outcome: z.enum(CHECK_OUTCOMES).optional(),
        }),
        response: { 200: listSchema, ...problems },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      requireOversight(caller);
      const { from, to, before, limit, agent, motif, outcome } = request.query;
      const checks = await listChecks(
        context.db,
        caller.organisationId,
        { from: date(from), to: date(to), agentId: agent, motif, outcome },
        { beforeSeq: before, limit },
      );
      return page(context, checks, limit);
    },
  );

  const fingerprintOf = (caller: Part2Caller, raw: string) => {
    const checked = checkIdentifierForGateway(raw, context.upstreams.production);
    if (!checked.ok)
      throw new ProblemError(
        422,
        'invalid-identifier',
        'Cet identifiant France Travail n’a pas une forme valide.',
        checked.problem,
      );
    return fingerprint(organisationOf(context, caller).profile.journalKey, identifierKey(checked.value));
  };

  api.post(
    '/journal/search',
    {
      schema: {
        summary: '“A-t-on vérifié cet identifiant ?” (référent, DPO) — the search is journaled',
        description: 'POST so that the identifier never sits in a URL or an access log.',
        tags: ['journal'],
        security: [{ dpop: [] }],
        body: z.object({ identifiant: z.string().min(1).max(40), ...period }),
        response: { 200: listSchema, ...problems },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      requireOversight(caller);
      const fp = fingerprintOf(caller, request.body.identifiant);
      await journaled(context, caller, { kind: 'identifier_search', fingerprint: fp, detail: null });
      const checks = await listChecks(
        context.db,
        caller.organisationId,
        { fingerprint: fp, from: date(request.body.from), to: date(request.body.to) },
        { limit: 500 },
      );
      return page(context, checks, 500);
    },
  );

  api.post(
    '/journal/export',
    {
      schema: {
        summary:
          'Export the journal (référent, DPO): CSV (RFC 4180, formulas neutralised) or JSON — journaled',
        tags: ['journal'],
        security: [{ dpop: [] }],
        body: z.object({
          format: z.enum(['csv', 'json']),
          ...period,
          agent: z.string().max(100).optional(),
          identifiant: z.string().min(1).max(40).optional().describe('Export by person: only their entries.'),
        }),
        response: { 200: z.unknown().describe('text/csv or application/json'), ...problems },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      requireOversight(caller);
      const { format, from, to, agent, identifiant } = request.body;
      const fp = identifiant ? fingerprintOf(caller, identifiant) : undefined;
      const filters = { from: date(from), to: date(to), agentId: agent, fingerprint: fp };
      await journaled(context, caller, {
        kind: 'journal_export',
        fingerprint: fp ?? null,
        detail: JSON.stringify({
          format,
          from: from ?? null,
          to: to ?? null,
          agent: agent ?? null,
          byPerson: fp !== undefined,
        }),
      });
      const entries: JournalEntry[] = [];
      for (let afterSeq: number | undefined; ;) {
        const batch = await listEntries(context.db, caller.organisationId, filters, {
          ...(afterSeq === undefined ? {} : { afterSeq }),
          limit: 5000,
        });
        entries.push(...batch);
        if (batch.length < 5000) break;
        afterSeq = batch.at(-1)?.seq;
      }
      const name = `journal-${caller.organisationId}-${new Date().toISOString().slice(0, 10)}`;
      reply.header('cache-control', 'no-store');
      if (format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.csv"`)
          .send(journalToCsv(entries));
      }
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}.json"`)
        .send(JSON.stringify(journalToJson(caller.organisationId, new Date().toISOString(), entries)));
    },
  );

  api.post(
    '/journal/verify',
    {
      schema: {
        summary: 'Verify the organisation’s hash chain (référent, DPO): the first break, if any',
        tags: ['journal'],
        security: [{ dpop: [] }],
        response: {
          200: chainReportSchema,
          ...problems,
        },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      requireOversight(caller);
      const report = await verifyJournal(context.db, caller.organisationId);
      await journaled(context, caller, {
        kind: 'chain_verification',
        fingerprint: null,
        detail: JSON.stringify({ ok: report.ok, checked: report.checked, firstBreak: report.firstBreak }),
      });
      return report;
    },
  );
}
