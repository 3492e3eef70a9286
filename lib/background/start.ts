import { browser } from 'wxt/browser';
import { scheduleEventsRefresh } from '../events/schedule';
import { serveProtocol } from '../platform/messaging/serve';
import { createDirectBackend } from './direct/backend';
import { createGatewayBackend } from './gateway/backend';
import { getAgentSession } from './handlers/agent-session';
import { createSelectingBackend } from './select-backend';
import { createHandlers } from './handlers';
import { refreshTerritory } from './handlers/events';
import { startJournalMaintenance } from '../journal/maintenance';
import { purgeRetiredKeys } from '../settings/settings-store';

declare const __GUICHET_TEST_BUILD__: boolean;

/**
 * Wires the background (the composition root): the backend the settings call for (the
 * organisation's gateway; direct only with the local simulator), the message handlers over it
 * first (synchronously), then housekeeping.
 */
export function startBackground(): void {
  const backend = createSelectingBackend({
    direct: () => createDirectBackend(),
    gateway: (gatewayUrl) => createGatewayBackend({ session: getAgentSession(), gatewayUrl }),
  });
  serveProtocol(createHandlers(backend), { id: browser.runtime.id, origin: browser.runtime.getURL('/') });
  // Tokens live in storage.session: keep it from content scripts (Chrome only; the default
  // level already does, this says it explicitly).
  void browser.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  scheduleEventsRefresh(() => refreshTerritory(backend, false));
  startJournalMaintenance();
  void purgeRetiredKeys();

  if (__GUICHET_TEST_BUILD__) openPagesForTests();
}

/**
 * Test builds only: automation may not navigate to moz-extension:// URLs in Firefox, so the
 * background opens the extension's pages itself; the test then drives those tabs.
 */
function openPagesForTests(): void {
  browser.runtime.onInstalled.addListener(() => {
    for (const page of ['/popup.html', '/sidepanel.html', '/options.html'] as const) {
      void browser.tabs.create({ url: browser.runtime.getURL(page), active: false });
    }
  });
}
