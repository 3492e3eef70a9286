// @vitest-environment node
import { listReal, readReal as readFixture } from '../../fixtures/real/read';
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
const readReal = (file: string): unknown => readFixture(`api-particulier/${file}`);
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
      const code = body.data.inscription?.categorie?.code;
      if (code !== undefined) expect([1, 2, 3, 4, 5]).toContain(code);
    }
  });

  it('answers the real sandbox’s people exactly as the sandbox does', async () => {
    const files = listReal('api-particulier', /^sandbox-(200|id-.*)\.json$/);
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      const expected = readReal(file) as { data: { identifiant: string } };
      const res = await lookup({ identifiant: expected.data.identifiant, recipient: AP.recipient });
      expect(await res.json(), file).toEqual(expected);
    }
  });

  it('answers someone no longer registered with identity, contact and address, as the sandbox does', async () => {
    const body = apiParticulierStatutSchema.parse(
      await (await lookup({ identifiant: '7654321B', recipient: AP.recipient })).json(),
    );
    expect(body.data.inscription?.date_fin).toBe('2023-11-30');
    expect(body.data.identite?.nom_naissance).toBe('Le Goff');
    expect(body.data.contact?.email).toBe('yannick.legoff@example.fr');
    expect(body.data.adresse?.localite).toBe('44000 NANTES');
  });

  it('accepts usernames with a dot (the OpenAPI’s own examples)', async () => {
    for (const identifiant of ['jean.dupont33', 'martin.jacques']) {
      const res = await lookup({ identifiant, recipient: AP.recipient });
      expect(res.status, identifiant).toBe(200);
      expect(((await res.json()) as { data: { identifiant: string } }).data.identifiant).toBe(identifiant);
    }
  });

  it('answers not_found and an unknown identifier with the sandbox’s own 404 body', async () => {
    for (const identifiant of ['not_found', '1111111X', 'inconnu.depuis2020']) {
      const res = await lookup({ identifiant, recipient: AP.recipient });
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual(readReal('sandbox-404.json'));
    }
  });

  it('leaves out the blocks the token has no scope for (inscription and contact here)', async () => {
    const res = await lookup(
      { identifiant: '1234567A', recipient: AP.recipient },
      API_PARTICULIER_TEST_TOKENS.partialScopes,
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: Record<string, unknown>; links: unknown; meta: unknown };
    expect(Object.keys(body.data).sort()).toEqual(['adresse', 'identifiant', 'identite']);
    expect(body.links).toEqual({});
  });

  it('uses the OpenAPI’s titles and details for its errors', async () => {
    const res = await lookup(
      { identifiant: 'default', recipient: AP.recipient },
      API_PARTICULIER_TEST_TOKENS.expired,
    );
    expect(await res.json()).toEqual(readReal('openapi-401-00103.json'));
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
