/**
 * The authorization server's endpoints as Fastify routes (so that they are in the OpenAPI
 * document and everything else under /oauth is a problem 404), each handed, unparsed, to
 * oidc-provider: the route hijacks the request in onRequest, before any body parsing.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type Provider from 'oidc-provider';
import { z } from 'zod';
import type { GatewayApp } from '../app-types';
import { OAUTH_MOUNT } from './provider';

interface Endpoint {
  method: 'GET' | 'POST' | 'OPTIONS';
  path: string;
  summary: string;
  body?: z.ZodType;
  querystring?: z.ZodType;
}

const form = (fields: Record<string, z.ZodType>) =>
  z.object(fields).describe('application/x-www-form-urlencoded');

const ENDPOINTS: Endpoint[] = [
  { method: 'GET', path: '/.well-known/openid-configuration', summary: 'OpenID Provider metadata' },
  { method: 'OPTIONS', path: '/.well-known/openid-configuration', summary: 'CORS preflight' },
  { method: 'GET', path: '/jwks', summary: 'Public keys of the ID tokens' },
  {
    method: 'GET',
    path: '/auth',
    summary: 'Authorization endpoint (code flow, PKCE S256, state; signs in through ProConnect)',
    querystring: z.object({
      client_id: z.string(),
      redirect_uri: z.string(),
      response_type: z.literal('code'),
      scope: z.string().describe('openid offline_access'),
      state: z.string(),
      code_challenge: z.string(),
      code_challenge_method: z.literal('S256'),
      dpop_jkt: z.string().optional().describe('Thumbprint of the DPoP key the code is bound to'),
    }),
  },
  // No POST /auth: oidc-provider's enableHttpPostMethods is off, and it answered a bare text
  // 404 to the documented route (found by the resilience suite). The extension uses GET.
  { method: 'GET', path: '/auth/:uid', summary: 'Resumes an authorization after the sign-in interaction' },
  {
    method: 'POST',
    path: '/token',
    summary: 'Token endpoint: authorization_code and refresh_token grants, DPoP proof required',
    body: form({
      grant_type: z.enum(['authorization_code', 'refresh_token']),
      client_id: z.string(),
      code: z.string().optional(),
      code_verifier: z.string().optional(),
      redirect_uri: z.string().optional(),
      refresh_token: z.string().optional(),
    }),
  },
  { method: 'OPTIONS', path: '/token', summary: 'CORS preflight' },
  {
    method: 'POST',
    path: '/token/revocation',
    summary: 'Revocation endpoint (RFC 7009): a refresh token revokes its family',
    body: form({ token: z.string(), token_type_hint: z.string().optional(), client_id: z.string() }),
  },
  { method: 'OPTIONS', path: '/token/revocation', summary: 'CORS preflight' },
];

/**
 * oidc-provider builds its URLs (discovery, redirects, DPoP htu) and decides on secure cookies
 * from the request: it is told the configured public origin, whatever Host or X-Forwarded-*
 * the request carried (provider.proxy is on for this reason only).
 */
export function asPublicRequest(raw: IncomingMessage, publicUrl: string): IncomingMessage {
  const url = new URL(publicUrl);
  raw.headers['x-forwarded-proto'] = url.protocol.slice(0, -1);
  raw.headers['x-forwarded-host'] = url.host;
  return raw;
}

export function mountAuthorizationServer(app: GatewayApp, provider: Provider): void {
  const callback = provider.callback();
  const { publicUrl } = app.gateway.loaded.config;
  const handOver = (request: FastifyRequest, reply: FastifyReply) => {
    const raw = request.raw as IncomingMessage & { originalUrl?: string };
    const res: ServerResponse = reply.raw;
    // Fastify's headers are not written once hijacked: the essentials go on the raw response.
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined) res.setHeader(name, value as string);
    }
    reply.hijack();
    asPublicRequest(raw, publicUrl);
    raw.originalUrl = raw.url;
    raw.url = (raw.url ?? '/').slice(OAUTH_MOUNT.length) || '/';
    return callback(raw, res);
  };

  for (const endpoint of ENDPOINTS) {
    app.route({
      method: endpoint.method,
      url: `${OAUTH_MOUNT}${endpoint.path}`,
      schema: {
        summary: endpoint.summary,
        tags: ['oauth'],
        ...(endpoint.method === 'OPTIONS' ? { hide: true } : {}),
        // Documented only: oidc-provider validates these itself.
        ...(endpoint.querystring ? { querystring: endpoint.querystring } : {}),
        ...(endpoint.body ? { body: endpoint.body } : {}),
      },
      // Validation would reject before oidc-provider answers in its own (RFC 6749) format.
      validatorCompiler: () => () => true,
      onRequest: async (request, reply) => {
        await handOver(request, reply);
      },
      handler: async () => undefined,
    });
  }
}
