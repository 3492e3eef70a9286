import { browser } from 'wxt/browser';
import { scheduleEventsRefresh } from '../events/schedule';
import { serveProtocol } from '../platform/messaging/serve';
import { createHandlers } from './handlers';
import { refreshTerritory } from './handlers/events';
import { startJournalMaintenance } from '../journal/maintenance';

declare const __GUICHET_TEST_BUILD__: boolean;

/** Wires the background: message handlers first (synchronously), then housekeeping. */
export function startBackground(): void {
  serveProtocol(createHandlers(), { id: browser.runtime.id, origin: browser.runtime.getURL('/') });
  // Tokens live in storage.session: keep it from content scripts (Chrome only; the default
  // level already does, this says it explicitly).
  void browser.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  scheduleEventsRefresh(() => refreshTerritory(false));
  startJournalMaintenance();

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
