import { browser } from 'wxt/browser';
import type { ProtocolHandlers } from '../../platform/messaging/serve';
import { createAgentSessionHandlers } from './agent-session';
import type { Backend } from './backend';
import { createConnectionHandlers } from './connection';
import { createEventsHandlers } from './events';
import { createJournalHandlers } from './journal';
import { createSettingsHandlers } from './settings';
import { createStatusHandlers } from './status';

/** The background's answer to every message, one feature file each, over one backend. */
export function createHandlers(backend: Backend): ProtocolHandlers {
  return {
    ping: async () => ({
      extensionVersion: browser.runtime.getManifest().version,
      answeredAt: new Date().toISOString(),
    }),
    ...createConnectionHandlers(backend.connection),
    ...createAgentSessionHandlers(),
    ...createEventsHandlers(backend),
    ...createStatusHandlers(backend),
    ...createSettingsHandlers(() => backend.organisation()),
    ...createJournalHandlers(backend.journal),
  };
}
