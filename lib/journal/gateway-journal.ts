import { z } from 'zod';
import type { GatewayRequester } from '../agent-session/gateway-request';
import { fail, ok, type AppError, type Result } from '../core/app-error';
import { chainReportSchema, journalChecksSchema, type JournalCheck } from './core/gateway-wire';
import { queryJournal } from './core/query';
import type { JournalEntry, JournalQuery } from './core/types';
import type { JournalReader } from './journal';

/** One listing holds at most this many checks (the gateway's page limit). */
export const GATEWAY_JOURNAL_PAGE = 500;

/** The gateway's CSV export is the whole period's journal: a larger cap than JSON answers. */
export const EXPORT_MAX_BYTES = 32 * 1024 * 1024;

const roleSchema = z.object({ role: z.enum(['agent', 'referent', 'dpo']) });

const invalid = (detail: string): AppError => ({ code: 'invalid_answer', service: 'gateway', detail });

/** A bare `yyyy-MM-dd` is a whole day in the browser's zone (as the local journal reads it). */
export function boundaryInstant(value: string, endOfDay: boolean): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!day) return new Date(value).toISOString();
  const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
  const start = new Date(year, month - 1, endOfDay ? date + 1 : date).getTime();
  return new Date(endOfDay ? start - 1 : start).toISOString();
}

function period(query: Pick<JournalQuery, 'from' | 'to'>): { from?: string; to?: string } {
  return {
    ...(query.from ? { from: boundaryInstant(query.from, false) } : {}),
    ...(query.to ? { to: boundaryInstant(query.to, true) } : {}),
  };
}

/** A central check in the journal view's terms: the agent who checked is named, never the person. */
export function entryOfCheck(check: JournalCheck): JournalEntry {
  return {
    id: check.checkId,
    at: check.at,
    agent: check.agent ? `${check.agent.givenName} ${check.agent.usualName}`.trim() : null,
    mode: check.mode,
    motif: check.motif ?? '',
    caseReference: check.caseReference ?? '',
    outcome: check.outcome ?? 'pending',
    errorCode: check.errorCode,
    categoryCode: null,
    // The central journal keeps fingerprints to itself; it searches them for the DPO.
    fingerprint: null,
  };
}

/**
 * The central journal, read from the organisation's gateway: an agent reads their own
 * checks (`/journal/mine`); a référent or DPO the organisation's, searches an identifier
 * (the gateway fingerprints it with the organisation's key), exports the gateway's CSV and
 * verifies the hash chain. The gateway decides who may do what; its refusals come back as
 * they are (`role_required`, `journal_unavailable`, `signed_out`…).
 */
export function createGatewayJournal(requester: Pick<GatewayRequester, 'send' | 'json'>): JournalReader {
  const checks = async (
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
  ): Promise<Result<{ entries: JournalEntry[]; truncated: boolean }>> => {
    const parsed = await requester.json(
      { method, path, ...(body === undefined ? {} : { body }) },
      journalChecksSchema,
    );
    if (!parsed.ok) return parsed;
    return ok({
      entries: parsed.value.checks.map(entryOfCheck),
      truncated: parsed.value.nextBefore !== null,
    });
  };

  return {
    source: async () => 'gateway',
    access: async () => {
      const parsed = await requester.json({ path: '/settings' }, roleSchema);
      if (!parsed.ok) return parsed;
      return ok({ source: 'gateway', oversight: parsed.value.role !== 'agent' });
    },

    list: async (query, scope) => {
      const params = new URLSearchParams({ ...period(query), limit: String(GATEWAY_JOURNAL_PAGE) });
      if (scope === 'organisation') {
        if (query.motif) params.set('motif', query.motif);
        if (query.outcome) params.set('outcome', query.outcome);
        return checks('GET', `/journal?${params}`);
      }
      // /journal/mine filters by period only: motif and outcome are applied here.
      const listed = await checks('GET', `/journal/mine?${params}`);
      if (!listed.ok) return listed;
      const { motif, outcome } = query;
      return ok({
        entries: queryJournal([...listed.value.entries].reverse(), {
          ...(motif ? { motif } : {}),
          ...(outcome ? { outcome } : {}),
        }),
        truncated: listed.value.truncated,
      });
    },

    // POST: the identifier never sits in a URL or an access log.
    findByIdentifier: async (identifiant) => {
      const found = await checks('POST', `/journal/search`, { identifiant });
      return found.ok ? ok(found.value.entries) : found;
    },

    exportCsv: async (query) => {
      const answer = await requester.send({
        method: 'POST',
        path: '/journal/export',
        body: { format: 'csv', ...period(query) },
        headers: { accept: 'text/csv' },
        maxBytes: EXPORT_MAX_BYTES,
      });
      if (!answer.ok) return answer;
      const type = answer.value.headers.get('content-type') ?? '';
      if (!/^text\/csv\b/i.test(type)) return fail(invalid(`/journal/export: ${type || 'no content type'}`));
      const day = new Date().toISOString().slice(0, 10);
      // Text decoding drops the gateway's byte-order mark; spreadsheets need it for accents.
      const csv = answer.value.text.startsWith('\uFEFF') ? answer.value.text : `\uFEFF${answer.value.text}`;
      return ok({ csv, fileName: `journal-organisation-${day}.csv` });
    },

    verifyChain: () => requester.json({ method: 'POST', path: '/journal/verify' }, chainReportSchema),
  };
}
