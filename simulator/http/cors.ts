/**
 * CORS for extension origins only. The extension's background does not need it (host
 * permissions), but extension pages could call the simulator directly.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension):\/\/[a-z0-9-]+$/i;

export function isExtensionOrigin(origin: string | undefined): boolean {
  return origin !== undefined && EXTENSION_ORIGIN.test(origin);
}

/** Sets CORS headers; answers a preflight and returns true when it did. */
export function handleCors(req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  res.setHeader('Vary', 'Origin');
  if (!isExtensionOrigin(origin)) return false;
  res.setHeader('Access-Control-Allow-Origin', origin as string);
  res.setHeader(
    'Access-Control-Expose-Headers',
    'Retry-After, X-Ratelimit-Burst-Capacity-Clientidlimiter, X-Ratelimit-Remaining-Clientidlimiter, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset',
  );
  if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
    res.statusCode = 204;
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept, X-Simulateur-Panne');
    res.setHeader('Access-Control-Max-Age', '600');
    res.end();
    return true;
  }
  return false;
}
