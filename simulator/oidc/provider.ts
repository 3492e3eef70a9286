/**
 * The FranceConnect-like OpenID provider, built on oidc-provider: authorization code with
 * PKCE S256, mandatory state and nonce, confidential client, RS256 id_tokens signed with a key
 * generated at start, opaque access tokens. Configured as the FranceConnect v2 sandbox's
 * discovery document says (fixtures/real/franceconnect/): acr `eidas1` only, client
 * authentication `client_secret_post` or `private_key_jwt` only, claims parameter supported,
 * signed userinfo.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider, { interactionPolicy } from 'oidc-provider';
import type { Configuration } from 'oidc-provider';
import { findIdentity } from '../data/people';
import { DEMO_CREDENTIALS, EXTENSION_REDIRECT_ORIGINS } from '../../lib/settings/core/demo-credentials';
import { GATEWAY_DEMO_CREDENTIALS } from '../data/gateway-clients';
import { isExtensionOrigin } from '../http/cors';
import { isLoopbackUriFor, loopbackTemplate } from './loopback';
import { errorPage, logoutPage } from './pages';

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
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = {
    ...privateKey.export({ format: 'jwk' }),
    kid: `simulateur-${randomBytes(4).toString('hex')}`,
    use: 'sig',
    alg: 'RS256',
  };
  // ES256 is published too, so it needs a key.
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  const ecJwk = {
    ...ec.export({ format: 'jwk' }),
    kid: `simulateur-ec-${randomBytes(4).toString('hex')}`,
    use: 'sig',
    alg: 'ES256',
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
        userinfo_signed_response_alg: 'RS256',
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
    jwks: { keys: [jwk, ecJwk] },
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
    responseTypes: ['code'],
    // FranceConnect v2 refuses client_secret_basic.
    clientAuthMethods: ['client_secret_post', 'private_key_jwt'],
    acrValues: [FC_ACR],
    enabledJWA: {
      idTokenSigningAlgValues: FC_SIGNING_ALGS,
      userinfoSigningAlgValues: FC_SIGNING_ALGS,
      clientAuthSigningAlgValues: ['ES256', 'RS256'],
    },
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
      jwtUserinfo: { enabled: true },
      claimsParameter: { enabled: true },
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
