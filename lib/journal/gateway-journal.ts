import { z } from 'zod';
import type { GatewayRequester } from '../agent-session/gateway-request';
import type { CheckOutcome, JournalEntry } from './core/types';
import type { JournalReader } from './journal';

/**
 * MINIMAL version by branch h14 (the gateway backend needs it to compile): the central
 * journal read through the gateway. Branch j14 owns this file and replaces it.
 */
const checkRecord = z.object({
  checkId: z.string(),
  at: z.string(),
  mode: z.enum(['identifiant', 'franceconnect']).nullable(),
  motif: z.string().nullable(),
  caseReference: z.string().nullable(),
  outcome: z.string().nullable(),
  errorCode: z.string().nullable(),
  agent: z.object({ givenName: z.string(), usualName: z.string() }).nullable(),
});
const list = z.object({ checks: z.array(checkRecord).max(500) });

const OUTCOMES = new Set<CheckOutcome>([
  'registered',
  'no_longer_registered',
  'not_covered',
  'not_found',
  'refused',
]);

function toEntry(record: z.output<typeof checkRecord>): JournalEntry {
  const outcome = OUTCOMES.has(record.outcome as CheckOutcome) ? (record.outcome as CheckOutcome) : 'error';
  return {
    id: record.checkId,
    at: record.at,
    agent: record.agent ? `${record.agent.givenName} ${record.agent.usualName}` : null,
    mode: record.mode ?? 'identifiant',
    motif: record.motif ?? '',
    caseReference: record.caseReference ?? '',
    outcome,
    errorCode: outcome === 'error' ? (record.errorCode ?? record.outcome ?? null) : null,
    categoryCode: null,
    fingerprint: null,
  };
}

export function createGatewayJournal(requester: GatewayRequester): JournalReader {
  const read = async (request: Parameters<GatewayRequester['json']>[0]) => {
    const answer = await requester.json(request, list);
    if (!answer.ok) throw new Error(`journal: ${answer.error.code}`);
    return answer.value.checks.map(toEntry);
  };
  return {
    list: (query) => {
      const params = new URLSearchParams({ limit: '500' });
      if (query.from) params.set('from', query.from);
      if (query.to) params.set('to', query.to);
      return read({ path: `/journal/mine?${params.toString()}` });
    },
    findByIdentifier: (identifiant) =>
      read({ method: 'POST', path: '/journal/search', body: { identifiant } }),
  };
}
