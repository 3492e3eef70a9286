/**
 * JSON logs (pino) that cannot carry a token, a secret or a person's data by construction:
 * requests and responses are logged through allow-lists (method, path without its query,
 * route, status), and redaction is a second net for anything logged by hand.
 */
import pino from 'pino';
import type { DestinationStream, Logger, LoggerOptions } from 'pino';

export type { Logger };

/** Keys that are never written, wherever they appear (one or two levels deep). */
const SENSITIVE_KEYS = [
  'authorization',
  'Authorization',
  'dpop',
  'DPoP',
  'cookie',
  'set-cookie',
  'access_token',
  'refresh_token',
  'id_token',
  'id_token_hint',
  'code',
  'code_verifier',
  'client_secret',
  'token',
  'password',
  'secret',
  'nonce',
  'state',
  'email',
  'given_name',
  'usual_name',
  'givenName',
  'usualName',
];

const segment = (key: string) => (/^[A-Za-z_]\w*$/.test(key) ? key : `["${key}"]`);
const join = (prefix: string, key: string) =>
  segment(key).startsWith('[') ? `${prefix}${segment(key)}` : `${prefix}.${key}`;

export const REDACTED_PATHS = SENSITIVE_KEYS.flatMap((key) => [
  segment(key),
  join('*', key),
  join('*.*', key),
]);

export function pathOnly(url: string | undefined): string {
  if (!url) return '';
  const cut = url.search(/[?#]/);
  return cut === -1 ? url : url.slice(0, cut);
}

interface RequestLike {
  id?: string;
  method?: string;
  url?: string;
  routeOptions?: { url?: string };
}

export const loggerOptions = (level: string): LoggerOptions => ({
  level,
  base: { service: 'guichet-emploi-passerelle' },
  messageKey: 'message',
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  serializers: {
    req: (req: RequestLike) => ({
      id: req.id,
      method: req.method,
      path: pathOnly(req.url),
      route: req.routeOptions?.url,
    }),
    res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    err: (err: Error & { code?: unknown; statusCode?: unknown }) => ({
      type: err.name,
      code: typeof err.code === 'string' || typeof err.code === 'number' ? err.code : undefined,
      statusCode: typeof err.statusCode === 'number' ? err.statusCode : undefined,
      message: err.message,
      stack: err.stack,
    }),
  },
});

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return destination ? pino(loggerOptions(level), destination) : pino(loggerOptions(level));
}
