/**
 * What the simulator's two OpenID providers (FranceConnect, ProConnect) configure alike on
 * oidc-provider: signing keys, the "pick someone on every flow" login policy, the gateway's
 * confidential loopback client, the French logout and error pages, and the redirect checks for
 * that client. Each provider keeps only what makes it that service.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type Provider from 'oidc-provider';
import { interactionPolicy } from 'oidc-provider';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';

/** A client's registration, in oidc-provider's snake_case (the local typings leave it open). */
type ClientMetadata = Record<string, unknown>;
import { isLoopbackUriFor, loopbackTemplate } from './loopback';
import { type SimulatedService, errorPage, logoutPage } from './pages';

const keysByPrefix = new Map<string, Record<string, unknown>[]>();

/**
 * An RSA (RS256) and a P-256 (ES256) signing key, generated once per process and prefix: tests
 * start many simulators, and RSA key generation is slow.
 */
export function signingKeys(prefix: string): Record<string, unknown>[] {
  const known = keysByPrefix.get(prefix);
  if (known) return known;
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  const id = randomBytes(4).toString('hex');
  const keys = [
    { ...rsa, kid: `${prefix}-rs-${id}`, use: 'sig', alg: 'RS256' },
    { ...ec, kid: `${prefix}-es-${id}`, use: 'sig', alg: 'ES256' },
  ];
  keysByPrefix.set(prefix, keys);
  return keys;
}

/**
 * The base policy plus one login check that always prompts: the tester picks a person (or an
 * agent) on every flow, so they can switch, and a refused one never sticks to the browser.
 */
export function pickOnEveryFlow(checkName: string, description: string) {
  const policy = interactionPolicy.base();
  policy
    .get('login')
    ?.checks.push(
      new interactionPolicy.Check(checkName, description, (ctx) =>
        ctx.oidc.result?.login
          ? interactionPolicy.Check.NO_NEED_TO_PROMPT
          : interactionPolicy.Check.REQUEST_PROMPT,
      ),
    );
  return policy;
}

export interface GatewayClient {
  clientId: string;
  clientSecret: string;
  callbackPath: string;
  postLogoutPath: string;
}

/** The gateway's demo client: confidential, its callbacks on any loopback port (loopback.ts). */
export function gatewayClientMetadata(
  client: GatewayClient,
  extra: Partial<ClientMetadata> = {},
): ClientMetadata {
  return {
    client_id: client.clientId,
    client_secret: client.clientSecret,
    client_name: 'Guichet Emploi — passerelle (simulateur)',
    redirect_uris: [loopbackTemplate(client.callbackPath)],
    post_logout_redirect_uris: [loopbackTemplate(client.postLogoutPath)],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
    id_token_signed_response_alg: 'RS256',
    ...extra,
  };
}

/** RP-initiated logout with the service's French pages. */
export function logoutFeature(service: SimulatedService) {
  return {
    enabled: true,
    logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
      ctx.type = 'html';
      ctx.body = logoutPage(form, service);
    },
    postLogoutSuccessSource: async (ctx: KoaContextWithOIDC) => {
      ctx.type = 'html';
      ctx.body = errorPage('Déconnexion réussie', `Vous êtes déconnecté du simulateur ${service}.`, service);
    },
  } satisfies NonNullable<NonNullable<Configuration['features']>['rpInitiatedLogout']>;
}

/** oidc-provider's errors as the service's French error page. */
export function renderErrorPage(service: SimulatedService): NonNullable<Configuration['renderError']> {
  return async (ctx, out) => {
    ctx.type = 'html';
    const detail = `${out.error}${out.error_description ? ` : ${out.error_description}` : ''}`;
    ctx.body = errorPage('Erreur de connexion', detail, service);
  };
}

/**
 * Redirect checks: the gateway's client on any loopback port of its own paths only; every other
 * client by `others` (none when absent).
 */
export function restrictRedirects(
  provider: Provider,
  client: GatewayClient,
  others?: (value: string) => boolean,
): void {
  provider.Client.prototype.redirectUriAllowed = function (value: string) {
    if (this.clientId === client.clientId) return isLoopbackUriFor(value, [client.callbackPath]);
    return others?.(value) ?? false;
  };
  provider.Client.prototype.postLogoutRedirectUriAllowed = function (value: string) {
    if (this.clientId === client.clientId) return isLoopbackUriFor(value, [client.postLogoutPath]);
    return others?.(value) ?? false;
  };
}

/**
 * The authorization-code flow both services run for confidential clients: PKCE required, a
 * secret or a signed JWT to authenticate (a browser cannot hold either; `none` is not offered,
 * nor client_secret_basic, which FranceConnect v2 refuses), exact redirect URIs, and the routes
 * at the paths the real services publish.
 */
export function confidentialCodeFlow(extraRoutes: NonNullable<Configuration['routes']> = {}) {
  return {
    responseTypes: ['code'],
    clientAuthMethods: ['client_secret_post', 'private_key_jwt'],
    pkce: { required: () => true },
    allowOmittingSingleRegisteredRedirectUri: false,
    routes: {
      authorization: '/authorize',
      token: '/token',
      userinfo: '/userinfo',
      jwks: '/jwks',
      end_session: '/session/end',
      ...extraRoutes,
    },
  } satisfies Configuration;
}
