import { DEMO_CREDENTIALS } from './demo-credentials';
import { CONNECTION_KEYS } from './connection-keys';
import type { Environment, ResolvedSettings } from './settings';

/** Where each remote service lives, and the credentials to reach it. */
export interface Endpoints {
  environment: Environment;
  /** Base up to `…/evenements/v1`. */
  eventsApiUrl: string;
  /** Full token URL, realm included. */
  partnerTokenUrl: string;
  /** OpenID issuer: the discovery document is at `<issuer>/.well-known/openid-configuration`. */
  franceConnectIssuer: string;
  /** Full URL of the "statut augmenté" resource. */
  statusApiUrl: string;
  /** Base host of API Particulier (the path `/v3/…` is appended). */
  apiParticulierUrl: string;
  /** The organisation gateway's base URL (its authorization server is at `<base>/oauth`). */
  gatewayUrl?: string;
  partnerClientId?: string;
  partnerClientSecret?: string;
  franceConnectClientId?: string;
  franceConnectClientSecret?: string;
  apiParticulierToken?: string;
  recipientSiret?: string;
}

type Preset = Omit<Endpoints, 'environment'>;

/**
 * Public demonstration values of the local simulator, taken from the simulator's own
 * module (one source of truth): they open nothing but a server on 127.0.0.1, so they are not
 * secrets. Real credentials come only from the organisation's policy or the options page.
 */
export const SIMULATOR_DEMO_CREDENTIALS = {
  partnerClientId: DEMO_CREDENTIALS.partner.clientId,
  partnerClientSecret: DEMO_CREDENTIALS.partner.clientSecret,
  franceConnectClientId: DEMO_CREDENTIALS.franceConnect.clientId,
  franceConnectClientSecret: DEMO_CREDENTIALS.franceConnect.clientSecret,
  apiParticulierToken: DEMO_CREDENTIALS.apiParticulier.token,
} as const;

export function simulatorPreset(simulatorUrl: string): Preset {
  const base = simulatorUrl.replace(/\/+$/, '');
  return {
    eventsApiUrl: `${base}/partenaire/evenements/v1`,
    partnerTokenUrl: `${base}/connexion/oauth2/access_token?realm=/partenaire`,
    franceConnectIssuer: `${base}/franceconnect`,
    statusApiUrl: `${base}/partenaire/fc-statutaugmente/v1/statut`,
    apiParticulierUrl: base,
    ...SIMULATOR_DEMO_CREDENTIALS,
    recipientSiret: DEMO_CREDENTIALS.apiParticulier.recipient,
  };
}

// The real hosts (shared/docs/france-travail-apis.md). France Travail has no public
// sandbox for these APIs: "sandbox" differs by FranceConnect's and API Particulier's
// integration platforms. Hosts marked [?] in the doc are overridable by policy.
const FRANCE_TRAVAIL_EVENTS = 'https://api.francetravail.io/partenaire/evenements/v1';
const FRANCE_TRAVAIL_TOKEN =
  'https://entreprise.francetravail.fr/connexion/oauth2/access_token?realm=/partenaire';
const FRANCE_TRAVAIL_STATUS = 'https://api.francetravail.io/partenaire/fc-statutaugmente/v1/statut';

export const REAL_PRESETS: Record<Exclude<Environment, 'simulator'>, Preset> = {
  sandbox: {
    eventsApiUrl: FRANCE_TRAVAIL_EVENTS,
    partnerTokenUrl: FRANCE_TRAVAIL_TOKEN,
    franceConnectIssuer: 'https://fcp-low.sbx.dev-franceconnect.fr/api/v2',
    statusApiUrl: FRANCE_TRAVAIL_STATUS,
    apiParticulierUrl: 'https://staging.particulier.api.gouv.fr',
  },
  production: {
    eventsApiUrl: FRANCE_TRAVAIL_EVENTS,
    partnerTokenUrl: FRANCE_TRAVAIL_TOKEN,
    franceConnectIssuer: 'https://oidc.franceconnect.gouv.fr/api/v2',
    statusApiUrl: FRANCE_TRAVAIL_STATUS,
    apiParticulierUrl: 'https://particulier.api.gouv.fr',
  },
};

type OverridableKey = Exclude<(typeof CONNECTION_KEYS)[number], 'environment' | 'simulatorUrl'>;

/**
 * The connection keys but the two that choose the preset: one list with the policy lock, so
 * an endpoint or credential can never be overridable without being locked with the others.
 */
const OVERRIDABLE = CONNECTION_KEYS.filter(
  (key): key is OverridableKey => key !== 'environment' && key !== 'simulatorUrl',
);

/** The preset of the chosen environment, each endpoint or credential replaced when set. */
export function resolveEndpoints(settings: ResolvedSettings): Endpoints {
  if (settings.environment === 'simulator') {
    // The simulator with its public demo values only: nothing configured is ever laid over
    // them, so no real credential or address can reach the loopback server.
    return {
      environment: 'simulator',
      ...simulatorPreset(settings.simulatorUrl),
      ...(settings.gatewayUrl ? { gatewayUrl: settings.gatewayUrl } : {}),
    };
  }
  const preset = REAL_PRESETS[settings.environment];
  const endpoints: Endpoints = { environment: settings.environment, ...preset };
  for (const key of OVERRIDABLE) {
    const value = settings[key];
    if (value !== undefined) endpoints[key] = value;
  }
  return endpoints;
}
