// @vitest-environment node
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answerError, send, type HttpPolicy } from './http-client';
import { parseAnswer } from './parse';
import { z } from 'zod';

const URL_ = 'https://api.example.test/thing';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Short waits so the retry paths run in milliseconds. */
const FAST: HttpPolicy = {
  attemptTimeoutMs: 200,
  budgetMs: 2_000,
  maxRetryAfterMs: 1_000,
  backoffMs: [5, 10],
};

function answers(...responses: (() => Response | Promise<Response>)[]) {
  let calls = 0;
  server.use(
    http.all(URL_, () => {
      const next = responses[Math.min(calls, responses.length - 1)];
      calls += 1;
      return next ? next() : HttpResponse.error();
    }),
  );
  return () => calls;
}

describe('send', () => {
  it('returns a 2xx answer with its body, headers and a JSON body parsed by its schema', async () => {
    answers(() => HttpResponse.json({ n: 1 }, { headers: { 'X-Test': 'yes' } }));
    const result = await send({ url: URL_, service: 'events' }, FAST);
    expect(result.ok && result.value.status).toBe(200);
    expect(result.ok && result.value.headers.get('x-test')).toBe('yes');
    const parsed = result.ok ? parseAnswer(result.value, z.object({ n: z.number() }), 'events') : null;
    expect(parsed).toEqual({ ok: true, value: { n: 1 } });
  });

  it('reports a body that is not JSON, or of the wrong shape, as invalid_answer', async () => {
    answers(() => new HttpResponse('<html>', { status: 200 }));
    const result = await send({ url: URL_, service: 'events' }, FAST);
    expect(result.ok && parseAnswer(result.value, z.object({}), 'events')).toMatchObject({
      ok: false,
      error: { code: 'invalid_answer', detail: 'Body is not JSON' },
    });
    answers(() => HttpResponse.json({ n: 'one' }));
    const wrong = await send({ url: URL_, service: 'events' }, FAST);
    expect(wrong.ok && parseAnswer(wrong.value, z.object({ n: z.number() }), 'events')).toMatchObject({
      ok: false,
      error: { code: 'invalid_answer', detail: expect.stringContaining('n:') },
    });
  });

  it.each([
    [401, 'unauthorised'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [409, 'conflict'],
    [422, 'invalid_request'],
    [500, 'server'],
  ] as const)('maps HTTP %i to %s without retrying', async (status, code) => {
    const calls = answers(() => new HttpResponse(null, { status }));
    const result = await send({ url: URL_, service: 'events' }, FAST);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(answerError(result.value, 'events')).toMatchObject({ code, status, service: 'events' });
    expect(calls()).toBe(1);
  });

  it('retries once on 429 after Retry-After, then succeeds', async () => {
    const calls = answers(
      () => new HttpResponse('Too Many Requests', { status: 429, headers: { 'Retry-After': '0' } }),
      () => HttpResponse.json({ ok: true }),
    );
    const result = await send({ url: URL_, service: 'events' }, FAST);
    expect(result.ok && result.value.status).toBe(200);
    expect(calls()).toBe(2);
  });

  it('retries a 429 only once, then reports rate_limited with the wait', async () => {
    const calls = answers(
      () => new HttpResponse('slow down', { status: 429, headers: { 'Retry-After': '0' } }),
    );
    const result = await send({ url: URL_, service: 'events' }, FAST);
    expect(calls()).toBe(2);
    expect(result.ok && answerError(result.value, 'events')).toMatchObject({
      code: 'rate_limited',
      retryAfterSeconds: 0,
    });
  });

  it('does not wait for a Retry-After above the cap', async () => {
    const calls = answers(() => new HttpResponse('later', { status: 429, headers: { 'Retry-After': '30' } }));
    const started = Date.now();
    const result = await send({ url: URL_, service: 'events' }, FAST);
    expect(Date.now() - started).toBeLessThan(500);
    expect(calls()).toBe(1);
    expect(result.ok && answerError(result.value, 'events')).toMatchObject({
      code: 'rate_limited',
      retryAfterSeconds: 30,
    });
  });

  it('backs off on 502/503/504 a bounded number of times', async () => {
    const calls = answers(() => new HttpResponse(null, { status: 503 }));
    const result = await send({ url: URL_, service: 'events' }, FAST);
    expect(calls()).toBe(3);
    expect(result.ok && answerError(result.value, 'events').code).toBe('server');
  });

  it('recovers when the server comes back during the back-off', async () => {
    const calls = answers(
      () => new HttpResponse(null, { status: 502 }),
      () => new HttpResponse(null, { status: 504 }),
      () => HttpResponse.json([]),
    );
    const result = await send({ url: URL_, service: 'events' }, FAST);
    expect(result.ok && result.value.status).toBe(200);
    expect(calls()).toBe(3);
  });

  it('cuts off an answer over maxBodyBytes, announced or streamed, as invalid_answer', async () => {
    answers(() => HttpResponse.json({ big: 'x'.repeat(5_000) }));
    const announced = await send({ url: URL_, service: 'events' }, { ...FAST, maxBodyBytes: 1_000 });
    expect(announced).toMatchObject({ ok: false, error: { code: 'invalid_answer', service: 'events' } });
    answers(
      () =>
        new HttpResponse(
          new ReadableStream({
            start(controller) {
              for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(500)));
              controller.close();
            },
          }),
        ),
    );
    const streamed = await send({ url: URL_, service: 'events' }, { ...FAST, maxBodyBytes: 1_000 });
    expect(streamed).toMatchObject({ ok: false, error: { code: 'invalid_answer' } });
    answers(() => HttpResponse.json({ small: 'é' }));
    const small = await send({ url: URL_, service: 'events' }, { ...FAST, maxBodyBytes: 1_000 });
    expect(small.ok && small.value.text).toBe('{"small":"é"}');
  });

  it('reports a network failure as network', async () => {
    answers(() => HttpResponse.error());
    expect(await send({ url: URL_, service: 'status' }, FAST)).toEqual({
      ok: false,
      error: { code: 'network', service: 'status' },
    });
  });

  it('gives up an attempt after its timeout', async () => {
    answers(async () => {
      await delay(1_000);
      return HttpResponse.json({});
    });
    const result = await send({ url: URL_, service: 'events' }, { ...FAST, attemptTimeoutMs: 50 });
    expect(result).toMatchObject({ ok: false, error: { code: 'timeout', service: 'events' } });
  });

  it('stops when the overall budget is spent, even between retries', async () => {
    const calls = answers(async () => {
      await delay(60);
      return new HttpResponse(null, { status: 503 });
    });
    const result = await send(
      { url: URL_, service: 'events' },
      { ...FAST, budgetMs: 100, backoffMs: [30, 30, 30, 30] },
    );
    expect(calls()).toBeLessThanOrEqual(2);
    expect(result.ok ? answerError(result.value, 'events').code : result.error.code).toMatch(
      /server|timeout/,
    );
  });

  it('ends with cancelled when the caller aborts, during a request or a wait', async () => {
    answers(async () => {
      await delay(1_000);
      return HttpResponse.json({});
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    expect(await send({ url: URL_, service: 'events', signal: controller.signal }, FAST)).toMatchObject({
      ok: false,
      error: { code: 'cancelled' },
    });

    answers(() => new HttpResponse(null, { status: 503 }));
    const waiting = new AbortController();
    setTimeout(() => waiting.abort(), 20);
    const result = await send(
      { url: URL_, service: 'events', signal: waiting.signal },
      { ...FAST, backoffMs: [500] },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });
});
