import { DEMO_CREDENTIALS } from './demo-credentials';
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
 * secrets. Real credentials live on the organisation's gateway, never in the extension.
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

/**
 * The endpoints of the chosen environment. The simulator's come with its public demo values
 * only: nothing configured is ever laid over them, so no real credential or address can reach
 * the loopback server. The real environments talk to the organisation's gateway
 * (lib/background/gateway): their presets only name the upstream hosts, without credentials.
 */
export function resolveEndpoints(settings: ResolvedSettings): Endpoints {
  const gateway = settings.gatewayUrl ? { gatewayUrl: settings.gatewayUrl } : {};
  if (settings.environment === 'simulator') {
    return { environment: 'simulator', ...simulatorPreset(settings.simulatorUrl), ...gateway };
  }
  return { environment: settings.environment, ...REAL_PRESETS[settings.environment], ...gateway };
}
