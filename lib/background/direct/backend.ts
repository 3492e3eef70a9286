import { resolveEndpoints, type Endpoints } from '../../settings/core/endpoints';
import { connectionState } from '../../settings/connection-state';
import { loadEndpoints, loadSettings } from '../../settings/settings-store';
import { createDirectApiAccess, type ApiAccess } from '../../platform/auth/api-access';
import { browserIdentity, type IdentityAdapter } from '../../platform/auth/identity-adapter';
import { createDirectEventsSource } from '../../events/direct-source';
import { createLocalJournal } from '../../journal/journal';
import { recordCheck } from '../../journal/record';
import { verifyStatus } from '../../status/verify';
import type { Backend } from '../handlers/backend';
import { testConnection } from './connection-test';
import { ok } from '../../core/app-error';

/**
 * The "direct" backend: the extension itself reaches France Travail, FranceConnect and API
 * Particulier (with the local simulator by default) and keeps the journal in its storage.
 */
export function createDirectBackend(identity: IdentityAdapter = browserIdentity): Backend {
  /** An access bound to endpoints read once: every call of one operation reaches the same service. */
  const pinned = (endpoints: Endpoints): ApiAccess =>
    createDirectApiAccess({ loadEndpoints: async () => endpoints, identity });
  // Tokens are shared by every access (keyed by token URL and client id, not by access).
  const current = createDirectApiAccess({ loadEndpoints, identity });

  return {
    settings: async () => (await loadSettings()).settings,
    // No organisation in the simulator's direct mode: what applies is the extension's own.
    organisation: async () => {
      const { settings, sources } = await loadSettings();
      const keys = ['verificationModes', 'motifs', 'statusFields', 'journalRetentionDays'] as const;
      return ok({
        source: 'direct',
        settings: {
          simulatorUrl: settings.simulatorUrl,
          verificationModes: settings.verificationModes,
          motifs: settings.motifs,
          statusFields: settings.statusFields,
          departements: settings.departements,
          journalRetentionDays: settings.journalRetentionDays,
          ...(settings.agentName ? { agentName: settings.agentName } : {}),
          fromPolicy: keys.some((key) => sources[key] === 'policy'),
        },
      });
    },
    events: (settings) => {
      const endpoints = resolveEndpoints(settings);
      return createDirectEventsSource(pinned(endpoints), endpoints.eventsApiUrl);
    },
    status: (settings) => {
      const endpoints = resolveEndpoints(settings);
      const access = pinned(endpoints);
      return {
        verify: (request) =>
          verifyStatus(request, {
            access,
            settings: async () => settings,
            endpoints: async () => endpoints,
            record: recordCheck,
          }),
      };
    },
    journal: createLocalJournal(),
    connection: {
      state: async () => connectionState(await loadEndpoints()),
      signOut: () => current.forgetTokens(),
      test: async (service) => {
        const endpoints = await loadEndpoints();
        return testConnection(service, pinned(endpoints), endpoints);
      },
    },
  };
}
