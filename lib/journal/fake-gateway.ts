// Test support only (imported by tests, never by the extension's code).
import { ok, type Result } from '../core/app-error';
import { createGatewayRequester } from '../agent-session/gateway-request';
import type { AgentSession } from '../agent-session/session';
import type { JournalCheck } from './core/gateway-wire';

/**
 * A stand-in for the gateway's journal routes behind the real request helper (its problem
 * documents, size cap and schema checks): what the reader sends, and the gateway's answers.
 * The real gateway is in gateway-journal.gateway.test.ts.
 */
export interface FakeGatewayCall {
  method: string;
  path: string;
  body: unknown;
}

export const centralCheck = (over: Partial<JournalCheck> = {}): JournalCheck => ({
  checkId: crypto.randomUUID(),
  seq: 1,
  at: '2026-03-03T13:05:09.000Z',
  agentId: 'a1',
  mode: 'identifiant',
  motif: 'Instruction d’une demande d’aide sociale',
  caseReference: 'AS-1',
  outcome: 'registered',
  errorCode: null,
  completedAt: '2026-03-03T13:05:10.000Z',
  agent: { givenName: 'Camille', usualName: 'Martin', email: 'camille.martin@ville-riom.fr' },
  ...over,
});

export const problemResponse = (status: number, code: string) =>
  new Response(JSON.stringify({ type: `urn:guichet-emploi:problem:${code}`, title: 'Refus', status, code }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

export function fakeGateway(answer: (call: FakeGatewayCall) => Response) {
  const calls: FakeGatewayCall[] = [];
  const session: Pick<AgentSession, 'fetch'> = {
    fetch: (path, init): Promise<Result<Response>> => {
      const call = {
        method: init?.method ?? 'GET',
        path: path.replace(/^api\/v1/, ''),
        body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      };
      calls.push(call);
      return Promise.resolve(ok(answer(call)));
    },
  };
  return { requester: createGatewayRequester(session), calls };
}
