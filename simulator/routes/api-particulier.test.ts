// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiParticulierErrorSchema,
  apiParticulierStatutSchema,
} from '../../lib/status/core/wire/api-particulier';
import { API_PARTICULIER_ERROR_IDENTIFIERS, API_PARTICULIER_PEOPLE } from '../data/people';
import { API_PARTICULIER_TEST_TOKENS, DEMO_CREDENTIALS } from '../../lib/settings/core/demo-credentials';
import type { RunningSimulator } from '../server';
import { startTestSimulator } from '../test-support';

const AP = DEMO_CREDENTIALS.apiParticulier;
let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator({ rateLimits: { apiParticulier: 1000 } });
});
afterAll(() => sim.close());

function lookup(params: Record<string, string>, token: string | null = AP.token, target = sim) {
  const url = new URL('/v3/france_travail/statut/identifiant', target.url);
  url.search = new URLSearchParams(params).toString();
  return fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
}

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = apiParticulierErrorSchema.parse(await res.json());
  expect(body.errors[0]?.code).toBe(code);
  return body;
}

describe('API Particulier v3 — France Travail status by identifier', () => {
  it('serves every test person in the documented shape', async () => {
    for (const person of API_PARTICULIER_PEOPLE) {
      const res = await lookup({ identifiant: person.identifiant, recipient: AP.recipient });
      expect(res.status, person.identifiant).toBe(200);
      const body = apiParticulierStatutSchema.parse(await res.json());
      expect(body.data.identifiant).toBe(person.identifiant);
      const code = body.data.inscription.categorie?.code;
      if (code !== undefined) expect([1, 2, 3, 4, 5]).toContain(code);
    }
  });

  it('returns only dates for someone no longer registered', async () => {
    const body = apiParticulierStatutSchema.parse(
      await (await lookup({ identifiant: '7654321B', recipient: AP.recipient })).json(),
    );
    expect(body.data.inscription.date_fin).toBe('2023-11-30');
    expect(body.data.identite ?? null).toBeNull();
    expect(body.data.inscription.categorie).toBeUndefined();
  });

  it('answers 404 24003 for not_found and for an unknown identifier', async () => {
    await expectError(await lookup({ identifiant: 'not_found', recipient: AP.recipient }), 404, '24003');
    await expectError(await lookup({ identifiant: '1111111X', recipient: AP.recipient }), 404, '24003');
  });

  it.each(Object.entries(API_PARTICULIER_ERROR_IDENTIFIERS))(
    'identifier %s triggers its documented error',
    async (identifiant, expected) => {
      const res = await lookup({ identifiant, recipient: AP.recipient });
      await expectError(res, expected.status, expected.code);
      if (expected.status === 429) expect(res.headers.get('retry-after')).toBe('1');
    },
  );

  it.each([
    ['missing recipient', { identifiant: 'default' }, 'recipient'],
    ['recipient not 14 digits', { identifiant: 'default', recipient: '1300252650001' }, 'recipient'],
    ['recipient failing Luhn', { identifiant: 'default', recipient: '13002526500014' }, 'recipient'],
    ['missing identifiant', { recipient: AP.recipient }, 'identifiant'],
    ['malformed identifiant', { identifiant: "1234' OR 1=1", recipient: AP.recipient }, 'identifiant'],
  ])('answers 422 00203 for %s', async (_label, params, parameter) => {
    const body = await expectError(await lookup(params), 422, '00203');
    expect(body.errors[0]?.source).toEqual({ parameter });
  });

  it.each([
    ['no token', null, 401, '00101'],
    ['an unknown token', 'jeton-inconnu', 401, '00101'],
    ['an expired token', API_PARTICULIER_TEST_TOKENS.expired, 401, '00103'],
    ['a blacklisted token', API_PARTICULIER_TEST_TOKENS.blacklisted, 401, '00105'],
    ['a token without the scope', API_PARTICULIER_TEST_TOKENS.noScope, 403, '00100'],
  ])('answers with the token error for %s', async (_label, token, status, code) => {
    await expectError(await lookup({ identifiant: 'default', recipient: AP.recipient }, token), status, code);
  });

  it('limits each token to 20 requests per second', async () => {
    const limited = await startTestSimulator({ eventCount: 200 });
    try {
      await new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000)));
      const answers = await Promise.all(
        Array.from({ length: 22 }, () =>
          lookup({ identifiant: 'default', recipient: AP.recipient }, AP.token, limited),
        ),
      );
      expect(answers.filter((r) => r.status === 200)).toHaveLength(20);
      const refused = answers.find((r) => r.status === 429)!;
      expect(refused.headers.get('retry-after')).toBe('1');
      await expectError(refused, 429, '00429');
    } finally {
      await limited.close();
    }
  });
});
