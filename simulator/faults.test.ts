// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  apiParticulierErrorSchema,
  apiParticulierStatutSchema,
} from '../lib/status/core/wire/api-particulier';
import { meeErrorSchema, meeEvenementSchema, meeSearchPageSchema } from '../lib/events/core/wire/mee';
import { salonEnLigneSchema } from '../lib/events/core/wire/salons-en-ligne';
import { DEMO_CREDENTIALS } from '../lib/settings/core/demo-credentials';
import { FAULT_NAMES, FAULTS, parseFaults } from './faults';
import type { RunningSimulator } from './server';
import { partnerAccessToken, startTestSimulator } from './test-support';

let sim: RunningSimulator;
let token: string;
beforeAll(async () => {
  sim = await startTestSimulator({
    eventCount: 200,
    slowMs: 150,
    rateLimits: { franceTravail: 1000, apiParticulier: 1000 },
  });
  token = await partnerAccessToken(sim);
});
beforeEach(async () => {
  await fetch(`${sim.url}/__admin/reset`, { method: 'POST' });
  token = await partnerAccessToken(sim);
});
afterAll(() => sim.close());

function salons(fault?: string, via: 'header' | 'query' = 'header') {
  const url = new URL('/partenaire/evenements/v1/salonsenligne', sim.url);
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (fault && via === 'header') headers['X-Simulateur-Panne'] = fault;
  if (fault && via === 'query') url.searchParams.set('__panne', fault);
  return fetch(url, { headers });
}

function apiParticulier(fault: string) {
  const url = new URL('/v3/france_travail/statut/identifiant', sim.url);
  url.search = new URLSearchParams({
    identifiant: 'default',
    recipient: DEMO_CREDENTIALS.apiParticulier.recipient,
    __panne: fault,
  }).toString();
  return fetch(url, { headers: { Authorization: `Bearer ${DEMO_CREDENTIALS.apiParticulier.token}` } });
}

describe('faults on demand', () => {
  it('parses fault lists and keeps unknown names apart', () => {
    expect(parseFaults('429, lent,nimporte')).toEqual({ faults: ['429', 'lent'], unknown: ['nimporte'] });
    // The spelled-out list (for the order of the help page) names every fault, once.
    expect([...FAULT_NAMES].sort()).toEqual(Object.keys(FAULTS).sort());
  });

  it.each([
    ['429', 429],
    ['503', 503],
    ['401', 401],
    ['403', 403],
  ])('%s by header and by query flag on the events gateway', async (fault, status) => {
    for (const via of ['header', 'query'] as const) {
      const res = await salons(fault, via);
      expect(res.status).toBe(status);
      if (status === 429) {
        expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
        expect(res.headers.get('retry-after')).toBe('1');
        expect(res.headers.get('x-ratelimit-remaining-clientidlimiter')).toBe('0');
      } else {
        expect(meeErrorSchema.parse(await res.json()).status).toBe(status);
      }
    }
  });

  it.each([
    ['429', 429, '00429'],
    ['503', 503, '24001'],
    ['401', 401, '00103'],
    ['403', 403, '00100'],
  ])('%s on API Particulier uses its error shape', async (fault, status, code) => {
    const res = await apiParticulier(fault);
    expect(res.status).toBe(status);
    expect(apiParticulierErrorSchema.parse(await res.json()).errors[0]?.code).toBe(code);
  });

  it('lent delays the answer', async () => {
    const start = Date.now();
    expect((await salons('lent')).status).toBe(200);
    expect(Date.now() - start).toBeGreaterThanOrEqual(140);
  });

  it('json-invalide sends a 200 whose JSON does not parse', async () => {
    const res = await salons('json-invalide');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const text = await res.text();
    expect(() => JSON.parse(text)).toThrow();
  });

  it('item-incomplet breaks exactly one item of a list, and the single objects', async () => {
    const list = (await (await salons('item-incomplet')).json()) as unknown[];
    expect(list.filter((s) => !salonEnLigneSchema.safeParse(s).success)).toHaveLength(1);

    const page = await fetch(`${sim.url}/partenaire/evenements/v1/mee/evenements?size=20`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'X-Simulateur-Panne': 'item-incomplet',
      },
      body: '{}',
    });
    const parsed = meeSearchPageSchema.parse(await page.json());
    expect(parsed.content.filter((e) => !meeEvenementSchema.safeParse(e).success)).toHaveLength(1);

    const statut = await apiParticulier('item-incomplet');
    expect(apiParticulierStatutSchema.safeParse(await statut.json()).success).toBe(false);
  });

  it('global faults through the admin endpoint, cleared by reset', async () => {
    const set = await fetch(`${sim.url}/__admin/faults`, {
      method: 'POST',
      body: JSON.stringify({ pannes: ['503'] }),
    });
    expect(((await set.json()) as { pannes: string[] }).pannes).toEqual(['503']);
    expect((await salons()).status).toBe(503);
    await fetch(`${sim.url}/__admin/reset`, { method: 'POST' });
    token = await partnerAccessToken(sim);
    expect((await salons()).status).toBe(200);
  });

  it('rejects unknown fault names', async () => {
    expect((await salons('panne-imaginaire')).status).toBe(400);
    const res = await fetch(`${sim.url}/__admin/faults`, {
      method: 'POST',
      body: JSON.stringify({ pannes: ['imaginaire'] }),
    });
    expect(res.status).toBe(400);
  });

  it('starts with global faults given as an option', async () => {
    const faulty = await startTestSimulator({ faults: ['403'], eventCount: 200 });
    try {
      const t = await partnerAccessToken(faulty);
      const res = await fetch(`${faulty.url}/partenaire/evenements/v1/salonsenligne`, {
        headers: { Authorization: `Bearer ${t}` },
      });
      expect(res.status).toBe(403);
    } finally {
      await faulty.close();
    }
  });

  it('revokes partner tokens on demand (401 afterwards)', async () => {
    expect((await salons()).status).toBe(200);
    await fetch(`${sim.url}/__admin/tokens/revoke`, { method: 'POST' });
    expect((await salons()).status).toBe(401);
  });
});
