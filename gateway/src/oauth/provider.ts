/**
 * The gateway's authorization server for the extension (oidc-provider 9): one public client,
 * PKCE S256 and state required, exact redirect URIs from the configuration, DPoP-bound tokens
 * (RFC 9449, ES256 keys), access tokens of minutes, rotating refresh tokens that never outlive
 * min(sign-in + refreshTokenMaxSeconds, ProConnect sign-in + its session lifetime), reuse of a
 * rotated refresh token revoking the family, revocation. Its storage is the database.
 *
 * The login step is the gateway's own interaction (signin/): federation to ProConnect and the
 * admission rules. Sign-out is the gateway's route too (it must also end ProConnect's session).
 */
import { createPrivateKey } from 'node:crypto';
import type { JsonWebKey } from 'node:crypto';
import Provider, { interactionPolicy } from 'oidc-provider';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
import { findAgent } from '../agents/repository';
import type { LoadedConfig } from '../config/load';
import type { Database } from '../db/open';
import type { Logger } from '../log/logger';
import { databaseAdapter } from './adapter';
import { messagePage } from '../signin/pages';

export const OAUTH_MOUNT = '/oauth';
export const INTERACTION_PREFIX = '/auth/interaction/';
export const SCOPES = ['openid', 'offline_access'];

/** Distinct from the simulator's cookie names: browsers share cookies across ports of one host. */
export const COOKIE_NAMES = {
  session: '_passerelle_session',
  interaction: '_passerelle_interaction',
  resume: '_passerelle_resume',
  state: '_passerelle_state',
};

export const issuerOf = (publicUrl: string) => `${publicUrl}${OAUTH_MOUNT}`;

interface TokenLike {
  authTime?: number;
  iat?: number;
}

function signingJwk(raw: string): { jwk: Record<string, unknown>; alg: 'ES256' | 'RS256' } {
  const jwk = JSON.parse(raw) as JsonWebKey;
  const key = createPrivateKey({ key: jwk, format: 'jwk' });
  const alg = key.asymmetricKeyType === 'ec' ? 'ES256' : 'RS256';
  const exported = key.export({ format: 'jwk' }) as Record<string, unknown>;
  const kid = typeof jwk.kid === 'string' ? jwk.kid : `passerelle-${alg.toLowerCase()}`;
  return { jwk: { ...exported, kid, alg, use: 'sig' }, alg };
}

const epoch = () => Math.floor(Date.now() / 1000);

/** Seconds left before the family's hard end: min(8 h, ProConnect session) from the sign-in. */
export function refreshTokenTtl(
  token: TokenLike,
  limits: { maxSeconds: number; proconnectSeconds: number },
): number {
  const start = token.authTime ?? token.iat ?? epoch();
  const end = start + Math.min(limits.maxSeconds, limits.proconnectSeconds);
  return Math.max(1, end - epoch());
}

export function isExtensionOrigin(origin: string): boolean {
  return /^chrome-extension:\/\/[a-p]{32}$/.test(origin) || /^moz-extension:\/\/[0-9a-f-]{36}$/.test(origin);
}

export function createAuthorizationServer(loaded: LoadedConfig, db: Database, logger: Logger): Provider {
  const { config, secrets } = loaded;
  const { jwk, alg } = signingJwk(secrets.get(config.keys.signing));
  const issuer = issuerOf(config.publicUrl);
  const secure = config.publicUrl.startsWith('https:');
  const limits = {
    maxSeconds: config.tokens.refreshTokenMaxSeconds,
    proconnectSeconds: config.proconnect.sessionLifetimeSeconds,
  };

  const policy = interactionPolicy.base();
  // Every authorization goes through ProConnect and the admission rules again (ProConnect's
  // own session makes it silent for the agent): a gateway session never re-admits alone.
  policy
    .get('login')
    ?.checks.push(
      new interactionPolicy.Check('passerelle_proconnect', 'every sign-in goes through ProConnect', (ctx) =>
        ctx.oidc.result?.login
          ? interactionPolicy.Check.NO_NEED_TO_PROMPT
          : interactionPolicy.Check.REQUEST_PROMPT,
      ),
    );

  const configuration: Configuration = {
    adapter: databaseAdapter(db),
    clients: [
      {
        client_id: config.extension.clientId,
        client_name: 'Guichet Emploi',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        redirect_uris: config.extension.redirectUris,
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        dpop_bound_access_tokens: true,
        id_token_signed_response_alg: alg,
      },
    ],
    jwks: { keys: [jwk] },
    cookies: {
      keys: secrets
        .get(config.keys.cookies)
        .split(',')
        .map((key) => key.trim()),
      names: COOKIE_NAMES,
      long: { httpOnly: true, sameSite: 'lax', secure },
      short: { httpOnly: true, sameSite: 'lax', secure },
    },
    scopes: SCOPES,
    claims: { openid: ['sub'] },
    responseTypes: ['code'],
    clientAuthMethods: ['none'],
    enabledJWA: { dPoPSigningAlgValues: ['ES256'] },
    pkce: { required: () => true },
    allowOmittingSingleRegisteredRedirectUri: false,
    routes: {
      authorization: '/auth',
      token: '/token',
      revocation: '/token/revocation',
      jwks: '/jwks',
    },
    ttl: {
      AccessToken: config.tokens.accessTokenSeconds,
      AuthorizationCode: 60,
      IdToken: config.tokens.accessTokenSeconds,
      Interaction: 600,
      Session: config.tokens.refreshTokenMaxSeconds,
      Grant: config.tokens.refreshTokenMaxSeconds,
      RefreshToken: (_ctx: unknown, token: TokenLike) => refreshTokenTtl(token, limits),
    },
    rotateRefreshToken: true,
    // The extension asks for `openid offline_access`; oidc-provider would drop offline_access
    // without prompt=consent. The family's life is bounded by the TTL above, not by the cookie.
    issueRefreshToken: async (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }) =>
      client.grantTypeAllowed('refresh_token'),
    expiresWithSession: async () => false,
    features: {
      devInteractions: { enabled: false },
      dPoP: { enabled: true },
      revocation: { enabled: true },
      userinfo: { enabled: false },
      introspection: { enabled: false },
      registration: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      rpInitiatedLogout: { enabled: false },
      claimsParameter: { enabled: false },
    },
    // Sign-out is the gateway's own route (it ends ProConnect's session too); advertised here.
    discovery: { end_session_endpoint: `${issuer}/session/end` },
    interactions: { policy, url: (_ctx, interaction) => `${INTERACTION_PREFIX}${interaction.uid}` },
    clientBasedCORS: (_ctx, origin) => isExtensionOrigin(origin),
    findAccount: async (_ctx: KoaContextWithOIDC, id: string) => {
      const agent = await findAgent(db, id);
      return agent ? { accountId: agent.id, claims: () => ({ sub: agent.id }) } : undefined;
    },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = messagePage({
        title: 'Connexion impossible',
        heading: 'La connexion n’a pas pu aboutir',
        paragraphs: [
          'La demande de connexion venue de l’extension Guichet Emploi est invalide ou a expiré. Recommencez la connexion depuis l’extension.',
          `Code technique : ${out.error}`,
        ],
      });
    },
  };

  const provider = new Provider(issuer, configuration);
  // Believe X-Forwarded-Proto/Host only when the gateway is told it sits behind a proxy.
  provider.proxy = config.trustProxy !== false;
  provider.on('server_error', (_ctx: unknown, error: unknown) =>
    logger.error({ err: error, event: 'oauth.server_error' }, 'authorization server error'),
  );
  for (const event of ['grant.error', 'refresh_token.error', 'authorization.error', 'revocation.error']) {
    provider.on(event, (_ctx: unknown, error: unknown) => {
      const { error: code, name } = (error ?? {}) as { error?: string; name?: string };
      logger.info({ event: `oauth.${event}`, code: code ?? name }, 'oauth client error');
    });
  }
  return provider;
}
