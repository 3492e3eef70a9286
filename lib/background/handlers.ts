import { browser } from 'wxt/browser';
import type { ProtocolHandlers } from '../platform/messaging/serve';
import { createAgentSessionHandlers } from './handlers/agent-session';
import { createConnectionHandlers } from './handlers/connection';
import { createEventsHandlers } from './handlers/events';
import { createJournalHandlers } from './handlers/journal';
import { createSettingsHandlers } from './handlers/settings';
import { createStatusHandlers } from './handlers/status';

/** The background's answer to every message, one feature file each. */
export function createHandlers(): ProtocolHandlers {
  return {
    ping: async () => ({
      extensionVersion: browser.runtime.getManifest().version,
      answeredAt: new Date().toISOString(),
    }),
    ...createConnectionHandlers(),
    ...createAgentSessionHandlers(),
    ...createEventsHandlers(),
    ...createStatusHandlers(),
    ...createSettingsHandlers(),
    ...createJournalHandlers(),
  };
}
