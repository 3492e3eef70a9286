import type { JournalReader } from '../journal/journal';
import type { ConnectionService } from '../settings/connection';
import type { ResolvedSettings } from '../settings/core/settings';
import { loadSettings } from '../settings/settings-store';
import type { Backend } from './handlers/backend';

/**
 * Which backend the settings call for. Production and sandbox talk only to the organisation's
 * gateway; the direct mode (the extension calling the upstream services itself) exists for
 * the local simulator only, with its public demo values, on a loopback address. Anything
 * else — a missing or mistyped environment included — is the gateway (settings.ts turns a
 * policy without a valid environment into production).
 */
export type BackendKind = 'direct' | 'gateway';

function isLoopbackUrl(value: string): boolean {
  try {
    const { hostname } = new URL(value);
    return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
  } catch {
    return false;
  }
}

export function backendKind(settings: Pick<ResolvedSettings, 'environment' | 'simulatorUrl'>): BackendKind {
  return settings.environment === 'simulator' && isLoopbackUrl(settings.simulatorUrl) ? 'direct' : 'gateway';
}

export interface BackendFactories {
  direct: () => Backend;
  /** One gateway backend per configured address (none configured: every call says so). */
  gateway: (gatewayUrl: string | undefined) => Backend;
  localSettings?: () => Promise<ResolvedSettings>;
}

/**
 * The backend the settings in force call for, chosen again on every operation: a policy or
 * options change takes effect without restarting the worker.
 */
export function createSelectingBackend(factories: BackendFactories): Backend {
  let direct: Backend | undefined;
  const gateways = new Map<string, Backend>();
  const local = factories.localSettings ?? (async () => (await loadSettings()).settings);

  const pick = (settings: ResolvedSettings): Backend => {
    if (backendKind(settings) === 'direct') {
      direct ??= factories.direct();
      return direct;
    }
    const key = settings.gatewayUrl ?? '';
    let backend = gateways.get(key);
    if (!backend) {
      backend = factories.gateway(settings.gatewayUrl);
      gateways.set(key, backend);
    }
    return backend;
  };
  const current = async () => pick(await local());

  const journal: JournalReader = {
    source: async () => (await current()).journal.source(),
    access: async () => (await current()).journal.access(),
    list: async (query, scope) => (await current()).journal.list(query, scope),
    findByIdentifier: async (identifiant) => (await current()).journal.findByIdentifier(identifiant),
    exportCsv: async (period) => (await current()).journal.exportCsv(period),
    verifyChain: async () => (await current()).journal.verifyChain(),
  };
  const connection: ConnectionService = {
    state: async () => (await current()).connection.state(),
    signOut: async () => (await current()).connection.signOut(),
    test: async (service) => (await current()).connection.test(service),
  };

  return {
    settings: async () => (await current()).settings(),
    organisation: async () => (await current()).organisation(),
    events: (settings) => pick(settings).events(settings),
    status: (settings) => pick(settings).status(settings),
    journal,
    connection,
  };
}
