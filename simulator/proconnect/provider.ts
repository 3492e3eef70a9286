/**
 * The ProConnect-like OpenID provider, built on oidc-provider like the FranceConnect one and
 * shaped on ProConnect's federation (proconnect-gouv/federation `core-fca-low`, and its
 * documentation for service providers): confidential clients only (client_secret_post or
 * private_key_jwt, never `none`), authorization code with PKCE S256, mandatory state and nonce
 * (checked by the server before this provider), ProConnect's scopes and claims, a signed
 * userinfo (application/jwt), `acr` / `amr` in the id_token, `acr_values` and the `claims`
 * parameter, RP-initiated logout. Code 30 s, access token 60 s, session 12 h, as documented.
 */
import { randomBytes } from 'node:crypto';
import Provider from 'oidc-provider';
import type { Configuration } from 'oidc-provider';
import { PROCONNECT_ACR_VALUES, agentClaims, findAgentBySub } from '../data/agents';
import { GATEWAY_DEMO_CREDENTIALS } from '../data/gateway-clients';
import {
  confidentialCodeFlow,
  gatewayClientMetadata,
  logoutFeature,
  pickOnEveryFlow,
  renderErrorPage,
  restrictRedirects,
  signingKeys,
} from '../oidc/provider-parts';

export const PC_MOUNT = '/proconnect';
export const PC_INTERACTION_PATH = `${PC_MOUNT}/interaction/`;

/** Scopes ProConnect accepts; each one names the claim(s) it releases. */
export const PC_CLAIMS_BY_SCOPE: Record<string, string[]> = {
  openid: ['sub'],
  given_name: ['given_name'],
  usual_name: ['usual_name'],
  email: ['email'],
  uid: ['uid'],
  siret: ['siret'],
  idp_id: ['idp_id'],
  organizational_unit: ['organizational_unit'],
  belonging_population: ['belonging_population'],
  phone: ['phone_number'],
  chorusdt: ['chorusdt:matricule', 'chorusdt:societe'],
};
export const PC_SCOPES = Object.keys(PC_CLAIMS_BY_SCOPE);

const CLIENT = GATEWAY_DEMO_CREDENTIALS.proConnect;

export interface ProConnectOptions {
  issuer: string;
  /** 60 s like ProConnect, unless a test shortens it. */
  accessTokenTtlSeconds?: number;
}

export function createProConnectProvider(options: ProConnectOptions): Provider {
  // The agent is picked on every flow (no silent SSO), so a tester can switch agents and a
  // refused agent never sticks to the browser.
  const policy = pickOnEveryFlow('simulateur_choix_agent', 'agent is picked on every flow');

  const configuration: Configuration = {
    clients: [gatewayClientMetadata(CLIENT, { userinfo_signed_response_alg: 'RS256' })],
    jwks: { keys: signingKeys('proconnect') },
    cookies: {
      keys: [randomBytes(32).toString('base64url')],
      // The FranceConnect provider lives on the same origin: its cookies must not be overwritten.
      names: {
        session: '_proconnect_session',
        interaction: '_proconnect_interaction',
        resume: '_proconnect_resume',
      },
    },
    scopes: PC_SCOPES,
    claims: {
      ...PC_CLAIMS_BY_SCOPE,
      // ProConnect's id_token always says which level was reached; amr only when asked.
      openid: ['sub', 'acr'],
      amr: null,
      auth_time: null,
      sid: null,
      iss: null,
    },
    acrValues: [...PROCONNECT_ACR_VALUES],
    ...confidentialCodeFlow(),
    ttl: {
      AccessToken: options.accessTokenTtlSeconds ?? 60,
      AuthorizationCode: 30,
      IdToken: 3600,
      Interaction: 600,
      Session: 12 * 3600,
      Grant: 12 * 3600,
    },
    features: {
      devInteractions: { enabled: false },
      claimsParameter: { enabled: true },
      jwtUserinfo: { enabled: true },
      userinfo: { enabled: true },
      pushedAuthorizationRequests: { enabled: false },
      dPoP: { enabled: false },
      revocation: { enabled: false },
      introspection: { enabled: false },
      rpInitiatedLogout: logoutFeature('ProConnect'),
    },
    interactions: { policy, url: (_ctx, interaction) => `${PC_INTERACTION_PATH}${interaction.uid}` },
    clientBasedCORS: () => false,
    findAccount: async (_ctx, sub) => {
      const agent = findAgentBySub(sub);
      if (!agent) return undefined;
      return { accountId: sub, claims: async () => agentClaims(agent) };
    },
    renderError: renderErrorPage('ProConnect'),
  };

  const provider = new Provider(options.issuer, configuration);
  provider.proxy = false;
  restrictRedirects(provider, CLIENT);
  return provider;
}
