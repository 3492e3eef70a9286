/** Helpers for the simulator's own tests: a started simulator and a tiny cookie jar. */
import { DEMO_CREDENTIALS } from '../lib/settings/core/demo-credentials';
import { startSimulator } from './server';
import type { RunningSimulator, SimulatorOptions } from './server';

/** Fixed reference date so assertions never depend on today. */
export const TEST_REFERENCE_DATE = new Date('2025-03-10T09:00:00Z');
export const TEST_REDIRECT_URI = 'https://rp.example.test/callback';

export function startTestSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  return startSimulator({
    port: 0,
    quiet: true,
    seed: 'test',
    referenceDate: TEST_REFERENCE_DATE,
    extraRedirectUris: [TEST_REDIRECT_URI],
    ...options,
  });
}

export async function partnerAccessToken(sim: RunningSimulator): Promise<string> {
  const c = DEMO_CREDENTIALS.partner;
  const res = await fetch(`${sim.url}/connexion/oauth2/access_token?realm=/partenaire`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: c.clientId,
      client_secret: c.clientSecret,
      scope: c.scope,
    }),
  });
  if (res.status !== 200) throw new Error(`token endpoint answered ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** Keeps cookies between manual-redirect fetches (paths ignored: one host only). */
export class CookieJar {
  readonly #cookies = new Map<string, string>();

  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      const expired = attributes.some(
        (a) => /^\s*expires=/i.test(a) && Date.parse(a.split('=')[1] ?? '') < Date.now(),
      );
      if (!value || expired) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.#cookies.size) headers.set('Cookie', this.header());
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.store(res);
    return res;
  }
}

/**
 * Drives a simulated provider's authorize → login page → form POST → resume, and returns the
 * final redirect to the client (or throws). `form` holds the fields the page's form would send.
 */
export async function driveProviderLogin(
  sim: RunningSimulator,
  authorizeUrl: URL,
  form: Record<string, string>,
  jar = new CookieJar(),
): Promise<{ callback: URL; html: string }> {
  let res = await jar.fetch(authorizeUrl.href);
  if (res.status !== 303) throw new Error(`authorize answered ${res.status}: ${await res.text()}`);
  const page = await jar.fetch(new URL(res.headers.get('location')!, sim.url).href);
  const html = await page.text();
  if (page.status !== 200) throw new Error(`login page answered ${page.status}`);
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error('login page has no form');
  res = await jar.fetch(new URL(action, sim.url).href, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
  // Follow the provider's own redirects until it sends the browser back to the client.
  for (let hops = 0; hops < 5; hops++) {
    const location = res.headers.get('location');
    if (!location) break;
    const next = new URL(location, sim.url);
    if (next.origin !== sim.url) return { callback: next, html };
    res = await jar.fetch(next.href);
  }
  throw new Error(`no redirect to the client (last status ${res.status})`);
}

/** A loopback port nobody needs to listen on: the tests read the redirect, never follow it. */
export function randomLoopbackPort(): number {
  return 20000 + Math.floor(Math.random() * 40000);
}
