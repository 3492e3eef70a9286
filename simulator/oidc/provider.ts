/**
 * The FranceConnect-like OpenID provider, built on oidc-provider: authorization code with
 * PKCE S256, mandatory state and nonce, confidential client (client_secret_post or _basic),
 * RS256 id_tokens signed with a key generated at start, opaque access tokens.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider, { interactionPolicy } from 'oidc-provider';
import type { Configuration } from 'oidc-provider';
import { findIdentity } from '../data/people';
import {
  DEMO_CREDENTIALS,
  EXTENSION_REDIRECT_ORIGINS,
  GATEWAY_DEMO_CREDENTIALS,
} from '../../lib/settings/core/demo-credentials';
import { isExtensionOrigin } from '../http/cors';
import { isLoopbackUriFor, loopbackTemplate } from './loopback';
import { errorPage, logoutPage } from './pages';

export const FC_SCOPES = ['openid', 'profile', 'email', 'api_fc-statutaugmentev1'];
export const INTERACTION_PATH = '/franceconnect/interaction/';

export interface ProviderOptions {
  issuer: string;
  accessTokenTtlSeconds: number;
  extraRedirectUris?: string[];
}

/** Registered redirect URIs: the extension's identity.getRedirectURL() forms, plus test ones. */
function redirectUris(extra: string[]): string[] {
  return [
    ...EXTENSION_REDIRECT_ORIGINS.flatMap((o) => [`${o}/`, `${o}/franceconnect`, `${o}/oidc`]),
    ...extra,
  ];
}

/**
 * identity.getRedirectURL(path) gives https://<id>.chromiumapp.org/<path>: any path under the
 * extension's own redirect origin is accepted (it can only be reached by that extension);
 * everything else must match a registered URI exactly.
 */
function allowedRedirect(value: string, registered: string[]): boolean {
  if (registered.includes(value)) return true;
  const url = URL.parse(value);
  return (
    url !== null &&
    url.protocol === 'https:' &&
    !url.search &&
    !url.hash &&
    (EXTENSION_REDIRECT_ORIGINS as readonly string[]).includes(url.origin)
  );
}

const GATEWAY_FC = GATEWAY_DEMO_CREDENTIALS.franceConnect;

export function createProvider(options: ProviderOptions): Provider {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = {
    ...privateKey.export({ format: 'jwk' }),
    kid: `simulateur-${randomBytes(4).toString('hex')}`,
    use: 'sig',
    alg: 'RS256',
  };
  const uris = redirectUris(options.extraRedirectUris ?? []);

  const policy = interactionPolicy.base();
  // FranceConnect asks who you are on every flow: the tester picks an identity each time.
  policy
    .get('login')
    ?.checks.push(
      new interactionPolicy.Check('simulateur_choix_identite', 'identity is picked on every flow', (ctx) =>
        ctx.oidc.result?.login
          ? interactionPolicy.Check.NO_NEED_TO_PROMPT
          : interactionPolicy.Check.REQUEST_PROMPT,
      ),
    );

  const configuration: Configuration = {
    clients: [
      {
        client_id: DEMO_CREDENTIALS.franceConnect.clientId,
        client_secret: DEMO_CREDENTIALS.franceConnect.clientSecret,
        client_name: 'Guichet Emploi (simulateur)',
        redirect_uris: uris,
        post_logout_redirect_uris: uris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
        id_token_signed_response_alg: 'RS256',
      },
      {
        // The gateway's demo client: its callbacks on any loopback port (see loopback.ts).
        client_id: GATEWAY_FC.clientId,
        client_secret: GATEWAY_FC.clientSecret,
        client_name: 'Guichet Emploi — passerelle (simulateur)',
        redirect_uris: [loopbackTemplate(GATEWAY_FC.callbackPath)],
        post_logout_redirect_uris: [loopbackTemplate(GATEWAY_FC.postLogoutPath)],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
        id_token_signed_response_alg: 'RS256',
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    scopes: FC_SCOPES,
    claims: {
      openid: ['sub'],
      profile: ['given_name', 'family_name', 'birthdate', 'gender'],
      email: ['email'],
    },
    responseTypes: ['code'],
    clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
    pkce: { required: () => true },
    allowOmittingSingleRegisteredRedirectUri: false,
    routes: {
      authorization: '/authorize',
      token: '/token',
      userinfo: '/userinfo',
      jwks: '/jwks',
      end_session: '/session/end',
      revocation: '/token/revocation',
    },
    ttl: {
      AccessToken: options.accessTokenTtlSeconds,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    features: {
      devInteractions: { enabled: false },
      // Not FranceConnect features; PAR would also bypass the state/nonce check.
      pushedAuthorizationRequests: { enabled: false },
      dPoP: { enabled: false },
      // A client may revoke its own tokens only.
      revocation: {
        enabled: true,
        allowedPolicy: async (_ctx: unknown, client: { clientId: string }, token: { clientId?: string }) =>
          token.clientId === client.clientId,
      },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.type = 'html';
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.type = 'html';
          ctx.body = errorPage('Déconnexion réussie', 'Vous êtes déconnecté du simulateur FranceConnect.');
        },
      },
    },
    interactions: { policy, url: (_ctx, interaction) => `${INTERACTION_PATH}${interaction.uid}` },
    clientBasedCORS: (_ctx, origin) => isExtensionOrigin(origin),
    findAccount: async (_ctx, sub) => {
      const identity = findIdentity(sub);
      if (!identity) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...identity.claims }) };
    },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      const detail = `${out.error}${out.error_description ? ` : ${out.error_description}` : ''}`;
      ctx.body = errorPage('Erreur de connexion', detail);
    },
  };

  const provider = new Provider(options.issuer, configuration);
  provider.proxy = false;

  const registered = uris;
  provider.Client.prototype.redirectUriAllowed = function (value: string) {
    if (this.clientId === GATEWAY_FC.clientId) return isLoopbackUriFor(value, [GATEWAY_FC.callbackPath]);
    return allowedRedirect(value, registered);
  };
  provider.Client.prototype.postLogoutRedirectUriAllowed = function (value: string) {
    if (this.clientId === GATEWAY_FC.clientId) return isLoopbackUriFor(value, [GATEWAY_FC.postLogoutPath]);
    return allowedRedirect(value, registered);
  };

  return provider;
}
