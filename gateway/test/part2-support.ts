/**
 * Support for part 2's tests: a simulator whose upstream calls are counted on its side, and
 * the two demo organisations' check profiles.
 */
import { DEMO_CREDENTIALS } from '../../lib/settings/core/demo-credentials';
import type { RunningSimulator, SimulatorOptions } from '../../simulator/server';
import type { CookieJar } from '../../simulator/test-support';
import { startTestSimulator } from '../../simulator/test-support';
import type { OrganisationCheckProfile } from '../src/checks/identifier-check';
import { parseJournalKey } from '../src/journal/fingerprint';

export interface CountedSimulator extends RunningSimulator {
  /** API Particulier requests that reached the quota check, with whether they were allowed. */
  apiParticulierCalls: { at: number; allowed: boolean }[];
  /** France Travail events API requests (quota check) and partner tokens issued. */
  eventsCalls: { at: number; allowed: boolean }[];
  partnerTokensIssued: number;
}

export async function startCountedSimulator(options: SimulatorOptions = {}): Promise<CountedSimulator> {
  const sim = await startTestSimulator(options);
  const calls: { at: number; allowed: boolean }[] = [];
  const limiter = sim.state.apiParticulierLimiter;
  const take = limiter.take.bind(limiter);
  limiter.take = (key: string) => {
    const decision = take(key);
    calls.push({ at: Date.now(), allowed: decision.allowed });
    return decision;
  };
  const eventsCalls: { at: number; allowed: boolean }[] = [];
  const ft = sim.state.franceTravailLimiter;
  const ftTake = ft.take.bind(ft);
  ft.take = (key: string) => {
    const decision = ftTake(key);
    eventsCalls.push({ at: Date.now(), allowed: decision.allowed });
    return decision;
  };
  const counted = Object.assign(sim, { apiParticulierCalls: calls, eventsCalls, partnerTokensIssued: 0 });
  const store = sim.state.partnerTokens;
  const issue = store.issue.bind(store);
  store.issue = (clientId: string, scope: string) => {
    counted.partnerTokensIssued += 1;
    return issue(clientId, scope);
  };
  return counted;
}

export const RIOM_PROFILE: OrganisationCheckProfile = {
  id: 'ville-de-riom',
  siret: '21630300400016',
  motifs: ['Domiciliation', 'Accompagnement vers l’emploi'],
  modes: ['identifiant', 'franceconnect'],
  visibleFields: ['identite', 'contact', 'adresse', 'inscription'],
  apiParticulierToken: DEMO_CREDENTIALS.apiParticulier.token,
  journalKey: parseJournalKey('11'.repeat(32)),
};

export const CCAS_PROFILE: OrganisationCheckProfile = {
  id: 'ccas-clermont-ferrand',
  siret: '26630113000016',
  motifs: ['Domiciliation'],
  modes: ['identifiant'],
  visibleFields: ['identite', 'inscription'],
  apiParticulierToken: DEMO_CREDENTIALS.apiParticulier.token,
  journalKey: parseJournalKey('22'.repeat(32)),
};

/** Plays the person's browser on the simulated FranceConnect until it goes back to the gateway. */
export async function personSignsIn(
  sim: RunningSimulator,
  jar: CookieJar,
  url: string,
  decision: 'autoriser' | 'refuser',
) {
  let res = await jar.fetch(url);
  const page = await jar.fetch(new URL(res.headers.get('location') ?? '', sim.url).href);
  const html = await page.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no identity form (status ${page.status})`);
  res = await jar.fetch(new URL(action, sim.url).href, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ identite: 'jean-dupont', decision }),
  });
  for (let hops = 0; hops < 6; hops++) {
    const next = new URL(res.headers.get('location') ?? '', sim.url);
    if (next.origin !== sim.url) return next;
    res = await jar.fetch(next.href);
  }
  throw new Error('FranceConnect never sent the browser back');
}

export async function confirmLogout(sim: RunningSimulator, jar: CookieJar, url: string): Promise<URL> {
  const page = await jar.fetch(url);
  const html = await page.text();
  const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (!xsrf || !action) throw new Error(`no logout form (status ${page.status})`);
  const done = await jar.fetch(new URL(action, sim.url).href, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ xsrf, logout: 'yes' }),
  });
  return new URL(done.headers.get('location') ?? '', sim.url);
}
