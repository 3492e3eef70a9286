// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meeErrorSchema, meeEvenementSchema, meeSearchPageSchema } from '../../lib/events/core/wire/mee';
import type { MeeSearchBody } from '../../lib/events/core/wire/mee';
import { salonEnLigneSchema } from '../../lib/events/core/wire/salons-en-ligne';
import { haversineKm } from '../data/search';
import type { RunningSimulator } from '../server';
import { partnerAccessToken, startTestSimulator } from '../test-support';

let sim: RunningSimulator;
let token: string;
beforeAll(async () => {
  // A generous quota here: the quota itself is tested in its own block.
  sim = await startTestSimulator({ rateLimits: { franceTravail: 1000 } });
  token = await partnerAccessToken(sim);
});
afterAll(() => sim.close());

const EVENTS = '/partenaire/evenements/v1/mee/evenements';

async function search(body: unknown, query = 'page=0&size=100', headers: Record<string, string> = {}) {
  return fetch(`${sim.url}${EVENTS}?${query}`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      Accept: 'application/json',
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Every page of a search, each item parsed with the wire schema. */
async function searchAll(body: MeeSearchBody) {
  const items = [];
  let total = 0;
  for (let page = 0; ; page++) {
    const res = await search(body, `page=${page}&size=100`);
    if (res.status === 204) {
      expect(await res.text()).toBe('');
      return { total: 0, items };
    }
    expect(res.status).toBe(200);
    const parsed = meeSearchPageSchema.parse(await res.json());
    total = parsed.totalElements;
    items.push(...parsed.content.map((c) => meeEvenementSchema.parse(c)));
    if (items.length >= total || parsed.content.length === 0) return { total, items };
  }
}

async function adminIds(body: MeeSearchBody): Promise<number[]> {
  const res = await fetch(`${sim.url}/__admin/events/query`, { method: 'POST', body: JSON.stringify(body) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { ids: number[] }).ids;
}

describe('events search applies every documented filter', () => {
  it.each<[string, MeeSearchBody, (e: ReturnType<typeof meeEvenementSchema.parse>) => boolean]>([
    [
      'codePostal (Paris, several codes)',
      { codePostal: ['75011', '75018'] },
      (e) => ['75011', '75018'].includes(e.codePostal!),
    ],
    [
      'departements incl. Corsica and overseas',
      { departements: ['2A', '2B', '974'] },
      (e) => /^(20|974)/.test(e.codePostal!),
    ],
    ['modalite ADIST', { modalite: 'ADIST' }, (e) => e.modalites.includes('à distance')],
    ['modalite ENPHY', { modalite: 'ENPHY' }, (e) => e.modalites.includes('en physique')],
    // France Travail's own app: 13 = réunion d'information, 18 = job dating.
    ['typeEvenement 13', { typeEvenement: '13' }, (e) => e.type === "Réunion d'information"],
    ['typeEvenement 18', { typeEvenement: '18' }, (e) => e.type === 'Job Dating'],
    [
      'dates',
      { dateDebut: '2025-04-01', dateFin: '2025-04-07' },
      (e) => e.dateEvenement.slice(0, 10) <= '2025-04-07',
    ],
    [
      'radius 20 km around Lyon',
      { latitude: 45.764, longitude: 4.8357, rayon: 20 },
      (e) => haversineKm(45.764, 4.8357, e.latitude!, e.longitude!) <= 20,
    ],
  ])('%s', async (_label, body, holds) => {
    const { total, items } = await searchAll(body);
    expect(total).toBeGreaterThan(0);
    expect(items).toHaveLength(total);
    expect(items.every(holds)).toBe(true);
    // Same filter, same order as the admin query the end-to-end tests use.
    expect(items.map((e) => e.id)).toEqual(await adminIds(body));
  });

  it('narrows with every filter combined (AND) and matches the admin query', async () => {
    const all = await adminIds({});
    const body: MeeSearchBody = {
      departements: ['69', '13', '75'],
      secteurActivite: 'J',
      modalite: 'ENPHY',
      dateDebut: '2025-03-10',
    };
    const { total, items } = await searchAll(body);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(all.length / 10);
    expect(items.map((e) => e.id)).toEqual(await adminIds(body));
  });

  it('without dateDebut also returns past events', async () => {
    const { items } = await searchAll({ departements: ['75'] });
    expect(items.some((e) => e.dateEvenement.slice(0, 10) < '2025-03-10')).toBe(true);
    const upcoming = await searchAll({ departements: ['75'], dateDebut: '2025-03-10' });
    expect(upcoming.total).toBeLessThan(items.length);
  });

  it('pages with a 0-based page and a size', async () => {
    const first = meeSearchPageSchema.parse(await (await search({}, 'page=0&size=10')).json());
    const second = meeSearchPageSchema.parse(await (await search({}, 'page=1&size=10')).json());
    expect(first.content).toHaveLength(10);
    expect(first.totalElements).toBeGreaterThanOrEqual(2000);
    expect((second.content[0] as { id: number }).id).toBe((await adminIds({}))[10]);
  });

  it('answers 204 with an empty body when nothing matches', async () => {
    const res = await search({ codePostal: ['00000'] });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
  });
});

describe('bad input gets 400 error bodies, never a stack trace', () => {
  it.each([
    ['size over 100', {}, 'size=101'],
    ['negative page', {}, 'page=-1'],
    ['unknown filter', { ville: 'Paris' }, 'page=0'],
    ['bad sector', { secteurActivite: 'Z' }, 'page=0'],
    ['bad date', { dateDebut: '10/03/2025' }, 'page=0'],
    ['partial radius', { latitude: 45, longitude: 4 }, 'page=0'],
    ['malformed JSON', '{"codePostal": [', 'page=0'],
    ['array body', '[1,2]', 'page=0'],
  ])('%s', async (_label, body, query) => {
    const res = await search(body, query);
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(meeErrorSchema.parse(JSON.parse(text)).status).toBe(400);
    expect(text).not.toMatch(/\bat\s+\S+\s+\(|node_modules|\.ts:\d+/);
  });
});

describe('one event and the online fairs', () => {
  it('serves one event by id, and 204 empty when unknown', async () => {
    const [id] = await adminIds({ departements: ['971'] });
    const res = await fetch(`${sim.url}/partenaire/evenements/v1/mee/evenement/${id}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(meeEvenementSchema.parse(await res.json()).id).toBe(id);
    const missing = await fetch(`${sim.url}/partenaire/evenements/v1/mee/evenement/1`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(missing.status).toBe(204);
    expect(await missing.text()).toBe('');
    const bad = await fetch(`${sim.url}/partenaire/evenements/v1/mee/evenement/abc`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(bad.status).toBe(400);
  });

  it('serves the online fairs as a bare array with dd/MM/yyyy dates', async () => {
    const res = await fetch(`${sim.url}/partenaire/evenements/v1/salonsenligne`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const list = (await res.json()) as unknown[];
    expect(Array.isArray(list)).toBe(true);
    const salons = list.map((s) => salonEnLigneSchema.parse(s));
    expect(salons.length).toBeGreaterThanOrEqual(30);
    expect(salons.some((s) => s.salonEnCours)).toBe(true);
  });

  it('requires a valid bearer token', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { Authorization: 'Bearer inventé' },
      { Authorization: `Basic ${token}` },
    ];
    for (const headers of attempts) {
      const res = await fetch(`${sim.url}/partenaire/evenements/v1/salonsenligne`, { headers });
      expect(res.status).toBe(401);
      expect(meeErrorSchema.parse(await res.json()).status).toBe(401);
    }
  });
});

describe('quota and CORS', () => {
  it('answers 429 text/plain with Retry-After and the gateway headers past 10 calls per second', async () => {
    const limited = await startTestSimulator({ eventCount: 200 });
    try {
      const t = await partnerAccessToken(limited);
      const call = () =>
        fetch(`${limited.url}/partenaire/evenements/v1/salonsenligne`, {
          headers: { Authorization: `Bearer ${t}` },
        });
      // A fresh second window, so the 12 calls fall in the same one.
      await new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000)));
      const answers = await Promise.all(Array.from({ length: 12 }, call));
      const refused = answers.filter((r) => r.status === 429);
      expect(answers.filter((r) => r.status === 200)).toHaveLength(10);
      expect(refused).toHaveLength(2);
      const r = refused[0]!;
      expect(r.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(r.headers.get('retry-after')).toBe('1');
      expect(r.headers.get('x-ratelimit-burst-capacity-clientidlimiter')).toBe('10');
      expect(r.headers.get('x-ratelimit-remaining-clientidlimiter')).toBe('0');
    } finally {
      await limited.close();
    }
  });

  it('answers preflights for extension origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${sim.url}${EVENTS}`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type',
        },
      });
    const chrome = await preflight('chrome-extension://elangemhemgkbajjllcmdnnfleoelhfk');
    expect(chrome.status).toBe(204);
    expect(chrome.headers.get('access-control-allow-origin')).toBe(
      'chrome-extension://elangemhemgkbajjllcmdnnfleoelhfk',
    );
    expect(chrome.headers.get('access-control-allow-headers')).toContain('Authorization');
    const firefox = await preflight('moz-extension://5b2c1a3e-1111-4c4c-9d9d-123456789abc');
    expect(firefox.headers.get('access-control-allow-origin')).toBe(
      'moz-extension://5b2c1a3e-1111-4c4c-9d9d-123456789abc',
    );
    const web = await preflight('https://evil.example');
    expect(web.headers.get('access-control-allow-origin')).toBeNull();
  });
});
