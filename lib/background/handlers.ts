import { browser } from 'wxt/browser';
import { fail } from '../errors/app-error';
import type { ProtocolHandlers } from '../messaging/serve';

/**
 * The background's answer to every message. Each handler delegates to a service in lib/;
 * services not built yet answer a typed "internal" error naming what is missing.
 */
export function createHandlers(): ProtocolHandlers {
  const notBuilt = (what: string) => async () =>
    fail({ code: 'internal', detail: `${what} is not built yet` });
  return {
    ping: async () => ({
      extensionVersion: browser.runtime.getManifest().version,
      answeredAt: new Date().toISOString(),
    }),
    getConnectionState: notBuilt('getConnectionState'),
    refreshEvents: notBuilt('refreshEvents'),
    getEventDetail: notBuilt('getEventDetail'),
    verifyStatus: notBuilt('verifyStatus'),
    signOut: notBuilt('signOut'),
    getSettingsView: notBuilt('getSettingsView'),
    saveUserSettings: notBuilt('saveUserSettings'),
    testConnection: notBuilt('testConnection'),
    listJournal: notBuilt('listJournal'),
    findJournalByIdentifier: notBuilt('findJournalByIdentifier'),
  };
}
