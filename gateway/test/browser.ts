/**
 * A minimal browser for the sign-in tests: real HTTP, redirects followed by hand, cookies kept
 * by tough-cookie (RFC 6265: host cookies ignore the port, as browsers do, so the gateway's and
 * the simulator's cookies meet on 127.0.0.1 as they would in Chromium). It stops at the
 * extension's redirect URL, which no server answers (launchWebAuthFlow catches it).
 */
import { CookieJar } from 'tough-cookie';

export type Visit =
  { kind: 'page'; url: URL; status: number; html: string } | { kind: 'redirected'; to: URL };

export class TestBrowser {
  readonly jar = new CookieJar();

  constructor(private readonly stopOrigins: readonly string[]) {}

  async visit(
    start: string | URL,
    init: { method?: string; form?: Record<string, string> } = {},
  ): Promise<Visit> {
    let url = new URL(start);
    let method = init.method ?? (init.form ? 'POST' : 'GET');
    let body: string | undefined = init.form ? new URLSearchParams(init.form).toString() : undefined;
    for (let hop = 0; hop < 25; hop += 1) {
      if (this.stopOrigins.includes(url.origin)) return { kind: 'redirected', to: url };
      const headers = new Headers();
      const cookies = await this.jar.getCookieString(url.href);
      if (cookies) headers.set('cookie', cookies);
      if (body !== undefined) headers.set('content-type', 'application/x-www-form-urlencoded');
      const response = await fetch(url, { method, headers, body, redirect: 'manual' });
      for (const line of response.headers.getSetCookie()) await this.jar.setCookie(line, url.href);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        url = new URL(location, url);
        if (response.status !== 307 && response.status !== 308) {
          method = 'GET';
          body = undefined;
        }
        continue;
      }
      const html = await response.text();
      // oidc-provider's self-submitting pages (e.g. ending another account's session first):
      // a browser's script posts the form at once; do the same.
      const auto = /document\.forms\[0\]\.submit\(\)/.test(html)
        ? /<form method="post" action="([^"]+)"/.exec(html)
        : null;
      if (auto) {
        url = new URL(auto[1]!, url);
        method = 'POST';
        body = new URLSearchParams(hiddenFields(html)).toString();
        continue;
      }
      return { kind: 'page', url, status: response.status, html };
    }
    throw new Error(`too many redirects from ${String(start)}`);
  }
}

export function expectPage(visit: Visit): Extract<Visit, { kind: 'page' }> {
  if (visit.kind !== 'page') throw new Error(`expected a page, got a redirect to ${visit.to.href}`);
  return visit;
}

export function expectRedirect(visit: Visit): URL {
  if (visit.kind !== 'redirected') {
    throw new Error(
      `expected a redirect to the extension, got ${visit.status} at ${visit.url.href}: ${visit.html.slice(0, 400)}`,
    );
  }
  return visit.to;
}

/** The action of the page's form whose action matches `pattern`. */
export function formAction(page: Extract<Visit, { kind: 'page' }>, pattern: RegExp): URL {
  const actions = [...page.html.matchAll(/<form[^>]*\saction="([^"]+)"/g)].map((m) =>
    m[1]!.replace(/&#38;/g, '&'),
  );
  const action = actions.find((candidate) => pattern.test(candidate));
  if (!action)
    throw new Error(
      `no form matching ${pattern} on ${page.url.href} (${page.status}): ${page.html.slice(0, 1500)}`,
    );
  return new URL(action, page.url);
}

/** The href of the page's link whose text is `label`. */
export function linkTarget(page: Extract<Visit, { kind: 'page' }>, label: string): URL {
  const links = [...page.html.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)];
  const link = links.find((m) => m[2] === label);
  if (!link) throw new Error(`no link "${label}" on ${page.url.href}`);
  return new URL(link[1]!.replace(/&#38;/g, '&'), page.url);
}

/** The hidden inputs of a page's forms, by name. */
export function hiddenFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g))
    fields[match[1]!] = match[2]!;
  return fields;
}
