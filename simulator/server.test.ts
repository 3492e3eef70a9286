// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meeErrorSchema } from '../lib/events/core/wire/mee';
import type { RunningSimulator } from './server';
import { partnerAccessToken, startTestSimulator } from './test-support';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator({ eventCount: 300 });
});
afterAll(() => sim.close());

const NO_STACK = /\bat\s+\S+\s+\(|node_modules|\.ts:\d+/;

describe('simulator server', () => {
  it('binds 127.0.0.1 and serves a French home page listing the services', async () => {
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${sim.url}/`);
    const html = await res.text();
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(html).toContain('<html lang="fr">');
    for (const path of [
      '/connexion/oauth2/access_token',
      '/franceconnect/.well-known/openid-configuration',
      '/v3/france_travail/statut/identifiant',
    ]) {
      expect(html).toContain(path);
    }
  });

  it('answers unknown paths and wrong methods with JSON errors, never a stack trace', async () => {
    const missing = await fetch(`${sim.url}/nulle-part`);
    expect(missing.status).toBe(404);
    expect(meeErrorSchema.parse(await missing.json()).status).toBe(404);
    const wrong = await fetch(`${sim.url}/partenaire/evenements/v1/mee/evenements`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
  });

  it('refuses an oversized body with 413', async () => {
    const token = await partnerAccessToken(sim);
    const res = await fetch(`${sim.url}/partenaire/evenements/v1/mee/evenements`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ codePostal: Array.from({ length: 60_000 }, () => '75001') }),
    });
    expect(res.status).toBe(413);
    expect(await res.text()).not.toMatch(NO_STACK);
  });

  it('admin query: GET with query parameters equals POST with the API body', async () => {
    const get = await fetch(
      `${sim.url}/__admin/events/query?departements=75,92&departements=93&modalite=ENPHY`,
    );
    const post = await fetch(`${sim.url}/__admin/events/query`, {
      method: 'POST',
      body: JSON.stringify({ departements: ['75', '92', '93'], modalite: 'ENPHY' }),
    });
    const a = (await get.json()) as { count: number; ids: number[] };
    expect(a.count).toBeGreaterThan(0);
    expect(a.ids).toHaveLength(a.count);
    expect(await post.json()).toEqual(a);
    const bad = await fetch(`${sim.url}/__admin/events/query?ville=Paris`);
    expect(bad.status).toBe(400);
  });

  it('admin identities lists the test people', async () => {
    const body = (await (await fetch(`${sim.url}/__admin/identities`)).json()) as {
      franceConnect: { key: string }[];
      proConnect: { key: string }[];
      apiParticulier: { identifiant: string }[];
    };
    expect(body.franceConnect.map((i) => i.key)).toContain('eloise-lefevre-nguyen');
    expect(body.proConnect.map((a) => a.key)).toEqual([
      'riom-agent',
      'riom-dpo',
      'ccas-agent',
      'ccas-dpo',
      'ccas-no2fa',
      'outsider',
      'no-siret',
    ]);
    expect(body.apiParticulier.map((p) => p.identifiant)).toContain('default');
  });
});
