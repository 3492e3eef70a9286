import { z } from 'zod';
import { fail, ok, type AppError, type Result } from '../core/app-error';
import { chainReportSchema, journalChecksSchema, type JournalCheck } from './core/gateway-wire';
import { queryJournal } from './core/query';
import type { JournalEntry, JournalQuery } from './core/types';
import type { JournalReader } from './journal';

/** A 2xx answer of the gateway, read as text (the request helper caps its size). */
export interface GatewayAnswer {
  status: number;
  contentType: string;
  text: string;
}

/**
 * One DPoP-bound call to the gateway's API (the agent session's request helper). A problem
 * document comes back as an AppError: `status`, and its stable `code` as `providerCode`;
 * no session gives `signed_out`.
 */
export type GatewayRequest = (
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
) => Promise<Result<GatewayAnswer>>;

/** One listing holds at most this many checks (the gateway's page limit). */
export const GATEWAY_JOURNAL_PAGE = 500;

const API = '/api/v1';

const roleSchema = z.object({ role: z.enum(['agent', 'referent', 'dpo']) });

const invalid = (detail: string): AppError => ({ code: 'invalid_answer', service: 'gateway', detail });

function parseJson<T>(answer: GatewayAnswer, schema: z.ZodType<T>, what: string): Result<T> {
  let data: unknown;
  try {
    data = JSON.parse(answer.text);
  } catch {
    return fail(invalid(`${what}: not JSON`));
  }
  const parsed = schema.safeParse(data);
  return parsed.success
    ? ok(parsed.data)
    : fail(
        invalid(`${what}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`),
      );
}

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
 * they are (`forbidden` / `role-required`).
 */
export function createGatewayJournal(request: GatewayRequest): JournalReader {
  const checks = async (
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
  ): Promise<Result<{ entries: JournalEntry[]; truncated: boolean }>> => {
    const answer = await request(method, path, body);
    if (!answer.ok) return answer;
    const parsed = parseJson(answer.value, journalChecksSchema, path);
    if (!parsed.ok) return parsed;
    return ok({
      entries: parsed.value.checks.map(entryOfCheck),
      truncated: parsed.value.nextBefore !== null,
    });
  };

  return {
    source: 'gateway',
    access: async () => {
      const answer = await request('GET', `${API}/settings`);
      if (!answer.ok) return answer;
      const parsed = parseJson(answer.value, roleSchema, '/settings');
      if (!parsed.ok) return parsed;
      return ok({ source: 'gateway', oversight: parsed.value.role !== 'agent' });
    },

    list: async (query, scope) => {
      const params = new URLSearchParams({ ...period(query), limit: String(GATEWAY_JOURNAL_PAGE) });
      if (scope === 'organisation') {
        if (query.motif) params.set('motif', query.motif);
        if (query.outcome) params.set('outcome', query.outcome);
        return checks('GET', `${API}/journal?${params}`);
      }
      // /journal/mine filters by period only: motif and outcome are applied here.
      const listed = await checks('GET', `${API}/journal/mine?${params}`);
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
      const found = await checks('POST', `${API}/journal/search`, { identifiant });
      return found.ok ? ok(found.value.entries) : found;
    },

    exportCsv: async (query) => {
      const answer = await request('POST', `${API}/journal/export`, { format: 'csv', ...period(query) });
      if (!answer.ok) return answer;
      if (!/^text\/csv\b/i.test(answer.value.contentType)) {
        return fail(invalid(`/journal/export: ${answer.value.contentType || 'no content type'}`));
      }
      const day = new Date().toISOString().slice(0, 10);
      return ok({ csv: answer.value.text, fileName: `journal-organisation-${day}.csv` });
    },

    verifyChain: async () => {
      const answer = await request('POST', `${API}/journal/verify`);
      return answer.ok ? parseJson(answer.value, chainReportSchema, '/journal/verify') : answer;
    },
  };
}
