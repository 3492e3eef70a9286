// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ok, type Result } from '../core/app-error';
import { createGatewayRequester, MAX_ANSWER_BYTES } from './gateway-request';
import type { AgentSession } from './session';

/**
 * The request layer over the session's authenticated fetch (whose DPoP proofs, nonce retry and
 * refresh are pinned in session.test.ts and against the real gateway in
 * gateway-request.gateway.test.ts): what it sends, and what it makes of each kind of answer.
 */
function sessionAnswering(answer: () => Response) {
  const calls: Array<{ path: string; init: Parameters<AgentSession['fetch']>[1] }> = [];
  const session: Pick<AgentSession, 'fetch'> = {
    fetch: (path, init): Promise<Result<Response>> => {
      calls.push({ path, init });
      return Promise.resolve(ok(answer()));
    },
  };
  return { session, calls };
}

const problem = (status: number, code: string, extra: Record<string, unknown> = {}, headers = {}) =>
  new Response(
    JSON.stringify({ type: `urn:guichet-emploi:problem:${code}`, title: 'Titre', status, code, ...extra }),
    { status, headers: { 'content-type': 'application/problem+json', ...headers } },
  );

describe('gateway requests', () => {
  it('sends JSON under /api/v1 and parses the answer with its schema', async () => {
    const { session, calls } = sessionAnswering(() => Response.json({ checkId: 'c1', found: true }));
    const requester = createGatewayRequester(session);
    const answer = await requester.json(
      { method: 'POST', path: '/checks/identifier', body: { identifiant: 'x1', motif: 'm' } },
      z.object({ checkId: z.string(), found: z.boolean() }),
    );
    expect(answer).toEqual({ ok: true, value: { checkId: 'c1', found: true } });
    expect(calls).toEqual([
      {
        path: 'api/v1/checks/identifier',
        init: {
          method: 'POST',
          headers: { accept: 'application/json', 'content-type': 'application/json' },
          body: '{"identifiant":"x1","motif":"m"}',
        },
      },
    ]);
  });

  it('refuses an answer of the wrong shape without quoting its values', async () => {
    const { session } = sessionAnswering(() => Response.json({ checkId: 42, secret: 'Jean Dupont' }));
    const answer = await createGatewayRequester(session).json(
      { path: '/x' },
      z.object({ checkId: z.string() }),
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_answer', service: 'gateway' } });
    expect(JSON.stringify(answer)).not.toContain('Jean Dupont');
  });

  it('passes a 304 through (no body) for conditional requests', async () => {
    const { session, calls } = sessionAnswering(
      () => new Response(null, { status: 304, headers: { etag: '"v1"' } }),
    );
    const answer = await createGatewayRequester(session).send({
      path: '/events?territory=63',
      headers: { 'if-none-match': '"v1"' },
    });
    expect(answer).toMatchObject({ ok: true, value: { status: 304, text: '' } });
    expect(calls[0]?.init?.headers).toMatchObject({ 'if-none-match': '"v1"' });
  });

  it('never follows a redirect', async () => {
    const { session } = sessionAnswering(
      () => new Response(null, { status: 302, headers: { location: 'https://ailleurs.example/' } }),
    );
    const answer = await createGatewayRequester(session).send({ path: '/settings' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_answer', status: 302 } });
  });

  it('caps the answer size, declared or streamed', async () => {
    const big = 'x'.repeat(MAX_ANSWER_BYTES + 1);
    const declared = sessionAnswering(
      () => new Response(big, { headers: { 'content-length': String(big.length) } }),
    );
    expect(await createGatewayRequester(declared.session).send({ path: '/events' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_answer', detail: `Answer larger than ${MAX_ANSWER_BYTES} bytes` },
    });
    const streamed = sessionAnswering(
      () =>
        new Response(
          new ReadableStream({
            start(controller) {
              for (let i = 0; i < 3; i += 1) controller.enqueue(new TextEncoder().encode('y'.repeat(1024)));
              controller.close();
            },
          }),
        ),
    );
    expect(
      await createGatewayRequester(streamed.session).send({ path: '/events', maxBytes: 2048 }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_answer' } });
  });

  it.each([
    [503, 'journal-unavailable', {}, 'journal_unavailable'],
    [422, 'invalid-check-request', { detail: 'motif: one of the organisation’s motifs' }, 'motif_refused'],
    [422, 'invalid-check-request', { detail: 'caseReference: a case reference' }, 'invalid_request'],
    [502, 'upstream-forbidden', {}, 'habilitation_missing'],
    [502, 'upstream-server', {}, 'upstream_unavailable'],
    [503, 'franceconnect-unavailable', {}, 'upstream_unavailable'],
    [403, 'role-required', {}, 'role_required'],
    [401, 'invalid-token', {}, 'signed_out'],
    [501, 'mode-not-configured', {}, 'not_configured'],
    [418, 'a-code-from-a-newer-gateway', {}, 'invalid_request'],
    [500, 'a-code-from-a-newer-gateway', {}, 'server'],
  ] as const)(
    'turns a %i %s problem into %s, keeping the gateway’s code',
    async (status, code, extra, expected) => {
      const { session } = sessionAnswering(() => problem(status, code, extra));
      const answer = await createGatewayRequester(session).send({
        path: '/checks/identifier',
        method: 'POST',
      });
      expect(answer).toMatchObject({
        ok: false,
        error: { code: expected, service: 'gateway', status, providerCode: code },
      });
    },
  );

  it('reads the wait of a quota refusal', async () => {
    const { session } = sessionAnswering(() =>
      problem(429, 'upstream-rate-limited', {}, { 'retry-after': '7' }),
    );
    expect(await createGatewayRequester(session).send({ path: '/checks/identifier' })).toMatchObject({
      ok: false,
      error: { code: 'rate_limited', retryAfterSeconds: 7 },
    });
  });

  it('falls back on the status when the body is not a problem document', async () => {
    const { session } = sessionAnswering(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(await createGatewayRequester(session).send({ path: '/settings' })).toMatchObject({
      ok: false,
      error: { code: 'server', status: 502, providerCode: 'http-502' },
    });
  });

  it('refuses paths that could leave /api/v1', async () => {
    const { session, calls } = sessionAnswering(() => Response.json({}));
    expect(await createGatewayRequester(session).send({ path: '//evil.example/x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    expect(calls).toHaveLength(0);
  });
});
