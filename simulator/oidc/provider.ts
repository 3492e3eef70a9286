/**
 * The FranceConnect-like OpenID provider, built on oidc-provider: authorization code with
 * PKCE S256, mandatory state and nonce, confidential client, RS256 id_tokens signed with a key
 * generated at start, opaque access tokens. Configured as the FranceConnect v2 sandbox's
 * discovery document says (fixtures/real/franceconnect/): acr `eidas1` only, client
 * authentication `client_secret_post` or `private_key_jwt` only, claims parameter supported,
 * signed userinfo.
 */
import { randomBytes } from 'node:crypto';
import Provider from 'oidc-provider';
import type { Configuration } from 'oidc-provider';
import { findIdentity } from '../data/people';
import { DEMO_CREDENTIALS, EXTENSION_REDIRECT_ORIGINS } from '../../lib/settings/core/demo-credentials';
import { GATEWAY_DEMO_CREDENTIALS } from '../data/gateway-clients';
import { isExtensionOrigin } from '../http/cors';
import {
  confidentialCodeFlow,
  gatewayClientMetadata,
  logoutFeature,
  pickOnEveryFlow,
  renderErrorPage,
  restrictRedirects,
  signingKeys,
} from './provider-parts';

export const FC_SCOPES = ['openid', 'profile', 'email', 'api_fc-statutaugmentev1'];
/** FranceConnect (low assurance) offers one eIDAS level. */
export const FC_ACR = 'eidas1';
/** What FranceConnect v2 publishes for id_token and userinfo signatures. */
const FC_SIGNING_ALGS = ['HS256', 'ES256', 'RS256'];
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
  const uris = redirectUris(options.extraRedirectUris ?? []);
  // FranceConnect asks who you are on every flow: the tester picks an identity each time.
  const policy = pickOnEveryFlow('simulateur_choix_identite', 'identity is picked on every flow');

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
        userinfo_signed_response_alg: 'RS256',
      },
      gatewayClientMetadata(GATEWAY_FC),
    ],
    jwks: { keys: signingKeys('simulateur-fc') },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    scopes: FC_SCOPES,
    claims: {
      // Standalone claims FranceConnect v2 lists; `acr` says the eIDAS level in the id_token.
      acr: null,
      auth_time: null,
      iss: null,
      sid: null,
      openid: ['sub'],
      profile: ['given_name', 'family_name', 'birthdate', 'gender'],
      email: ['email'],
    },
    ...confidentialCodeFlow({ revocation: '/token/revocation' }),
    acrValues: [FC_ACR],
    enabledJWA: {
      idTokenSigningAlgValues: FC_SIGNING_ALGS,
      userinfoSigningAlgValues: FC_SIGNING_ALGS,
      clientAuthSigningAlgValues: ['ES256', 'RS256'],
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
      jwtUserinfo: { enabled: true },
      claimsParameter: { enabled: true },
      rpInitiatedLogout: logoutFeature('FranceConnect'),
    },
    interactions: { policy, url: (_ctx, interaction) => `${INTERACTION_PATH}${interaction.uid}` },
    clientBasedCORS: (_ctx, origin) => isExtensionOrigin(origin),
    findAccount: async (_ctx, sub) => {
      const identity = findIdentity(sub);
      if (!identity) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...identity.claims }) };
    },
    renderError: renderErrorPage('FranceConnect'),
  };

  const provider = new Provider(options.issuer, configuration);
  provider.proxy = false;

  // oidc-provider takes client_secret_basic wherever client_secret_post is allowed; FranceConnect
  // v2 does not (only client_secret_post and private_key_jwt): refuse a Basic header outright.
  provider.use(async (ctx, next) => {
    const authorization = ctx.get('authorization');
    if (ctx.method === 'POST' && /^basic /i.test(authorization)) {
      ctx.status = 401;
      ctx.body = {
        error: 'invalid_client',
        error_description: 'client_secret_basic is not accepted: use client_secret_post or private_key_jwt',
      };
      return;
    }
    await next();
  });

  restrictRedirects(provider, GATEWAY_FC, (value) => allowedRedirect(value, uris));
  return provider;
}
