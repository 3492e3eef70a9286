/**
 * `POST /connexion/oauth2/access_token?realm=/partenaire`: France Travail's partner realm,
 * client credentials grant, with the real OAuth error bodies (HTTP 400).
 */
import { timingSafeEqual } from 'node:crypto';
import { DEMO_CREDENTIALS } from '../../lib/settings/core/demo-credentials';
import type { Handler } from '../context';
import { readBody, sendJson } from '../http/respond';

const REQUIRED_SCOPES = DEMO_CREDENTIALS.partner.scope.split(' ');
const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

function oauthError(error: string, description: string) {
  return { error, error_description: description };
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** client_secret_post or client_secret_basic, as the real realm accepts both. */
function clientCredentials(authorization: string | undefined, form: URLSearchParams) {
  const basic = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
  if (basic) {
    const decoded = Buffer.from(basic[1] ?? '', 'base64').toString('utf8');
    const i = decoded.indexOf(':');
    if (i < 0) return undefined;
    return { id: decodeURIComponent(decoded.slice(0, i)), secret: decodeURIComponent(decoded.slice(i + 1)) };
  }
  const id = form.get('client_id');
  const secret = form.get('client_secret');
  return id !== null && secret !== null ? { id, secret } : undefined;
}

export const partnerToken: Handler = async ({ req, res, url, app }) => {
  if (url.searchParams.get('realm') !== '/partenaire') {
    sendJson(
      res,
      400,
      oauthError('invalid_request', 'The realm must be given in the query string: ?realm=/partenaire'),
      NO_STORE,
    );
    return;
  }
  if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    sendJson(
      res,
      400,
      oauthError('invalid_request', 'Expected an application/x-www-form-urlencoded body'),
      NO_STORE,
    );
    return;
  }
  const form = new URLSearchParams(await readBody(req, 16 * 1024));
  const grantType = form.get('grant_type');
  if (!grantType) {
    sendJson(res, 400, oauthError('invalid_request', 'grant_type is required'), NO_STORE);
    return;
  }
  if (grantType !== 'client_credentials') {
    sendJson(
      res,
      400,
      oauthError('unsupported_grant_type', `Grant type is not supported: ${grantType.slice(0, 40)}`),
      NO_STORE,
    );
    return;
  }
  const client = clientCredentials(req.headers.authorization, form);
  if (!client) {
    sendJson(res, 400, oauthError('invalid_request', 'client_id and client_secret are required'), NO_STORE);
    return;
  }
  const expected = DEMO_CREDENTIALS.partner;
  if (client.id !== expected.clientId || !sameSecret(client.secret, expected.clientSecret)) {
    sendJson(res, 400, oauthError('invalid_client', 'Client authentication failed'), NO_STORE);
    return;
  }
  const asked = (form.get('scope') ?? '').split(/\s+/).filter(Boolean);
  const unknown = asked.filter((s) => !REQUIRED_SCOPES.includes(s));
  const missing = REQUIRED_SCOPES.filter((s) => !asked.includes(s));
  if (unknown.length > 0 || missing.length > 0) {
    const detail = unknown.length
      ? `Unknown/invalid scope(s): [${unknown.join(', ').slice(0, 200)}]`
      : `Missing scope(s): [${missing.join(', ')}]`;
    sendJson(res, 400, oauthError('invalid_scope', detail), NO_STORE);
    return;
  }
  const scope = REQUIRED_SCOPES.join(' ');
  const { token, expiresIn } = app.partnerTokens.issue(client.id, scope);
  sendJson(res, 200, { access_token: token, scope, token_type: 'Bearer', expires_in: expiresIn }, NO_STORE);
};
