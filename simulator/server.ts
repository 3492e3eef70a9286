/**
 * The local stand-in for France Travail (partner OAuth, events, statut augmenté),
 * FranceConnect (OpenID provider) and API Particulier v3, speaking their real HTTP contracts
 * so that moving the extension to the real services is configuration, never code.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIMULATOR_DEFAULT_PORT } from '../lib/settings/core/constants';
import type { Handler, SimulatorState } from './context';
import { DEFAULT_SEED, generateEvents } from './data/events';
import { generateSalons } from './data/salons';
import { FaultState } from './faults';
import type { Fault } from './faults';
import { handleCors } from './http/cors';
import { BodyTooLargeError, sendHtml, sendJson } from './http/respond';
import { Router } from './http/router';
import type { Route } from './http/router';
import { PartnerTokenStore } from './oauth/partner-token-store';
import { partnerToken } from './oauth/partner-token';
import { handleInteraction } from './oidc/interaction';
import { errorPage } from './oidc/pages';
import { INTERACTION_PATH, createProvider } from './oidc/provider';
import type { SimulatedService } from './oidc/pages';
import { handleProConnectInteraction } from './proconnect/interaction';
import { PC_INTERACTION_PATH, PC_MOUNT, createProConnectProvider } from './proconnect/provider';
import { RateLimiter } from './rate-limit';
import * as admin from './routes/admin';
import { apiParticulierRoute } from './routes/api-particulier';
import { eventDetailRoute, searchEventsRoute } from './routes/events';
import { homeRoute } from './routes/home';
import { salonsRoute } from './routes/salons';
import { statutAugmenteRoute } from './routes/statut-augmente';

/** The demo preset's port, defined once with the extension's preset. */
export const DEFAULT_PORT = SIMULATOR_DEFAULT_PORT;
const HOST = '127.0.0.1';
const FC_MOUNT = '/franceconnect';

export interface SimulatorOptions {
  /** 8787 by default; 0 picks a free port (tests). */
  port?: number;
  seed?: string;
  /** Dates are relative to it (default: now), so the demo never goes stale. */
  referenceDate?: Date;
  /** Lifetime of partner AND FranceConnect access tokens; defaults 1499 s and 60 s. */
  tokenLifetimeSeconds?: number;
  /** Global faults from the start. */
  faults?: Fault[];
  /** Delay of the `lent` fault, ms (default 3000). */
  slowMs?: number;
  /** Extra redirect URIs accepted by the OpenID provider (tests). */
  extraRedirectUris?: string[];
  /** Per-second quotas: France Travail gateway per client (10), API Particulier per token (20). */
  rateLimits?: { franceTravail?: number; apiParticulier?: number };
  eventCount?: number;
  /** No request log. */
  quiet?: boolean;
}

export interface RunningSimulator {
  url: string;
  port: number;
  /** FranceConnect's issuer. */
  issuer: string;
  /** ProConnect's issuer. */
  proConnectIssuer: string;
  state: SimulatorState;
  close(): Promise<void>;
}

function routes(reset: Handler): Route[] {
  return [
    { method: 'GET', path: '/', handler: homeRoute },
    { method: 'POST', path: '/connexion/oauth2/access_token', handler: partnerToken },
    {
      method: 'POST',
      path: '/partenaire/evenements/v1/mee/evenements',
      handler: searchEventsRoute,
      faultable: true,
    },
    {
      method: 'GET',
      path: '/partenaire/evenements/v1/mee/evenement/:id',
      handler: eventDetailRoute,
      faultable: true,
    },
    { method: 'GET', path: '/partenaire/evenements/v1/salonsenligne', handler: salonsRoute, faultable: true },
    {
      method: 'GET',
      path: '/partenaire/fc-statutaugmente/v1/statut',
      handler: statutAugmenteRoute,
      faultable: true,
    },
    {
      method: 'GET',
      path: '/v3/france_travail/statut/identifiant',
      handler: apiParticulierRoute,
      faultable: true,
    },
    { method: 'GET', path: '/__admin/faults', handler: admin.getFaults },
    { method: 'POST', path: '/__admin/faults', handler: admin.setFaults },
    { method: 'GET', path: '/__admin/events/query', handler: admin.queryEvents },
    { method: 'POST', path: '/__admin/events/query', handler: admin.queryEvents },
    { method: 'POST', path: '/__admin/tokens/revoke', handler: admin.revokeTokens },
    { method: 'GET', path: '/__admin/identities', handler: admin.identities },
    { method: 'POST', path: '/__admin/reset', handler: reset },
  ];
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Distinct paths counted in `answered` (any client may send any path: bounded). */
const MAX_COUNTED_PATHS = 500;

interface OidcMount {
  path: string;
  service: SimulatedService;
  interactionPath: string;
  interaction(req: IncomingMessage, res: ServerResponse, uid: string): Promise<void>;
  callback: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const seed = options.seed ?? DEFAULT_SEED;
  const referenceDate = options.referenceDate ?? new Date();
  const initialFaults = [...(options.faults ?? [])];
  const slowMs = options.slowMs ?? 3000;
  let handle: (req: IncomingMessage, res: ServerResponse) => Promise<void> = async (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  const server = createServer((req, res) => void handle(req, res));
  const port = await listen(server, options.port ?? DEFAULT_PORT);
  const origin = `http://${HOST}:${port}`;
  const issuer = `${origin}${FC_MOUNT}`;

  const events = generateEvents({
    seed,
    referenceDate,
    ...(options.eventCount !== undefined ? { count: options.eventCount } : {}),
  });
  const provider = createProvider({
    issuer,
    accessTokenTtlSeconds: options.tokenLifetimeSeconds ?? 60,
    ...(options.extraRedirectUris ? { extraRedirectUris: options.extraRedirectUris } : {}),
  });
  const proConnect = createProConnectProvider({
    issuer: `${origin}${PC_MOUNT}`,
    ...(options.tokenLifetimeSeconds !== undefined
      ? { accessTokenTtlSeconds: options.tokenLifetimeSeconds }
      : {}),
  });
  // oidc-provider reports client errors as events; the HTTP answer already says it all.
  provider.on('server_error', () => undefined);
  proConnect.on('server_error', () => undefined);
  const state: SimulatorState = {
    origin,
    seed,
    referenceDate,
    events,
    eventsById: new Map(events.map((e) => [e.wire.id, e])),
    salons: generateSalons({ seed, referenceDate }),
    partnerTokens: new PartnerTokenStore(options.tokenLifetimeSeconds ?? 1499),
    faults: new FaultState(initialFaults, slowMs),
    franceTravailLimiter: new RateLimiter(options.rateLimits?.franceTravail ?? 10),
    apiParticulierLimiter: new RateLimiter(options.rateLimits?.apiParticulier ?? 20),
    provider,
    answered: new Map(),
  };
  const router = new Router(routes(admin.makeReset(initialFaults, slowMs)));
  const mounts: OidcMount[] = [
    {
      path: FC_MOUNT,
      service: 'FranceConnect',
      interactionPath: INTERACTION_PATH,
      interaction: (req, res, uid) => handleInteraction(provider, req, res, uid),
      callback: provider.callback(),
    },
    {
      path: PC_MOUNT,
      service: 'ProConnect',
      interactionPath: PC_INTERACTION_PATH,
      interaction: (req, res, uid) => handleProConnectInteraction(proConnect, req, res, uid),
      callback: proConnect.callback(),
    },
  ];

  handle = async (req, res) => {
    const url = new URL(req.url ?? '/', origin);
    res.once('finish', () => {
      // The OpenID servers' paths (one per interaction) are left out: they would fill the count.
      if (mounts.some((m) => url.pathname.startsWith(m.path))) return;
      const byStatus = state.answered.get(url.pathname) ?? new Map<number, number>();
      if (byStatus.size === 0 && state.answered.size >= MAX_COUNTED_PATHS) return;
      byStatus.set(res.statusCode, (byStatus.get(res.statusCode) ?? 0) + 1);
      state.answered.set(url.pathname, byStatus);
    });
    if (!options.quiet) {
      // Method, path and status only: never tokens, query strings or personal data.
      res.once('finish', () => console.log(`${req.method} ${url.pathname} ${res.statusCode}`));
    }
    try {
      const mount = mounts.find((m) => url.pathname === m.path || url.pathname.startsWith(`${m.path}/`));
      if (mount) {
        await openIdProvider(mount, req, res, url);
        return;
      }
      if (handleCors(req, res)) return;
      const match = router.match(req.method ?? 'GET', url.pathname);
      if (!match) {
        sendJson(res, 404, {
          status: 404,
          error: 'Not Found',
          message: `Aucun service à l’adresse ${url.pathname.slice(0, 100)}`,
        });
        return;
      }
      if ('allowed' in match) {
        sendJson(
          res,
          405,
          {
            status: 405,
            error: 'Method Not Allowed',
            message: `Méthodes acceptées : ${match.allowed.join(', ')}`,
          },
          { Allow: match.allowed.join(', ') },
        );
        return;
      }
      const requested = state.faults.forRequest(
        req.headers['x-simulateur-panne'] as string | undefined,
        url.searchParams.get('__panne'),
      );
      if (match.route.faultable && requested.unknown.length > 0) {
        sendJson(res, 400, {
          status: 400,
          error: 'Bad Request',
          message: `Panne inconnue : ${requested.unknown.join(', ').slice(0, 100)}`,
        });
        return;
      }
      await match.route.handler({
        req,
        res,
        url,
        params: match.params,
        faults: match.route.faultable ? requested.faults : new Set(),
        app: state,
      });
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof BodyTooLargeError) {
        // The rest of the body is unread: close the connection rather than reuse it.
        sendJson(
          res,
          413,
          { status: 413, error: 'Payload Too Large', message: 'Corps de requête trop gros' },
          { Connection: 'close' },
        );
      } else
        sendJson(res, 500, {
          status: 500,
          error: 'Internal Server Error',
          message: 'Erreur interne du simulateur',
        });
      if (!options.quiet) console.error(`Erreur sur ${req.method} ${url.pathname}: ${(error as Error).name}`);
    }
  };

  /** Mounts an oidc-provider under its path, plus its login page and the rules both services add. */
  async function openIdProvider(mount: OidcMount, req: IncomingMessage, res: ServerResponse, url: URL) {
    const path = url.pathname.slice(mount.path.length);
    if (path === '/authorize') {
      if (req.method !== 'GET') {
        sendHtml(
          res,
          405,
          errorPage('Requête invalide', 'La demande d’autorisation se fait en GET.', mount.service),
          { Allow: 'GET' },
        );
        return;
      }
      // FranceConnect and ProConnect reject authorization requests without state or nonce.
      const missing = ['state', 'nonce'].filter((p) => !url.searchParams.get(p));
      if (missing.length > 0) {
        sendHtml(
          res,
          400,
          errorPage(
            'Requête invalide',
            `invalid_request : paramètre(s) obligatoire(s) absent(s) : ${missing.join(', ')}`,
            mount.service,
          ),
        );
        return;
      }
    }
    if (url.pathname.startsWith(mount.interactionPath) && (req.method === 'GET' || req.method === 'POST')) {
      await mount.interaction(req, res, url.pathname.slice(mount.interactionPath.length));
      return;
    }
    (req as IncomingMessage & { originalUrl?: string }).originalUrl = req.url;
    req.url = (req.url ?? '').slice(mount.path.length) || '/';
    await mount.callback(req, res);
  }

  return {
    url: origin,
    port,
    issuer,
    proConnectIssuer: `${origin}${PC_MOUNT}`,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
