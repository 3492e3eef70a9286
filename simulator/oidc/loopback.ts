/**
 * Loopback redirect URIs with any port (RFC 8252 §7.3 style): the gateway's tests start it on
 * random ports, so its demo clients register a path and the simulator accepts that path on
 * http://127.0.0.1:<port> or http://localhost:<port>. Exact in everything else: no query,
 * no fragment, no user info, no other host or path.
 */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);

export function isLoopbackUriFor(value: string, paths: readonly string[]): boolean {
  const url = URL.parse(value);
  if (!url || url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) return false;
  if (url.username || url.password || url.search || url.hash) return false;
  // `URL` drops a trailing `?` or `#`; refuse them too rather than normalise silently.
  if (/[?#]/.test(value)) return false;
  return paths.includes(url.pathname);
}

/** The URI oidc-provider's static client registration holds as a stand-in for the port range. */
export function loopbackTemplate(path: string): string {
  return `http://127.0.0.1${path}`;
}
