import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogs } from '../../lib/i18n/catalog';
import { popupCatalogs } from '../../lib/i18n/popup-catalog';
import { registerCatalogs } from '../../lib/i18n/registry';
import { anInPersonEvent } from '../../lib/events/core/test-events';
import { ok } from '../../lib/core/app-error';
import { messenger } from '../../lib/platform/messaging/messenger';
import { eventsDigestItem } from '../../lib/platform/storage/items';
import { resolveSettings } from '../../lib/settings/core/settings';
import { toSettingsView } from '../../lib/settings/settings-view';
import { I18nProvider } from '../shared/i18n';
import { PopupApp } from './PopupApp';

// The popup ships only the namespaces of lib/i18n/popup-catalog.ts: rendering each of its
// views with exactly that registration proves no popup component needs another one.
describe('PopupApp with the popup’s own strings only', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The test events (lib/events/core/test-events.ts) are dated late November 2025.
    vi.useFakeTimers({ now: new Date('2025-11-20T10:00:00Z'), shouldAdvanceTime: true });
    registerCatalogs(popupCatalogs);
  });
  afterEach(() => {
    registerCatalogs(catalogs);
    vi.useRealTimers();
  });

  it('renders the events view and the status quick entry in French', async () => {
    const { descriptionHtml: _d, ...event } = anInPersonEvent();
    await eventsDigestItem.setValue({
      fetchedAt: '2025-11-20T09:55:00Z',
      territory: [],
      total: 1,
      local: [event],
      fairs: [],
      localTotal: 1,
      fairsTotal: 0,
    });
    // First run: the default settings, no territory, so the popup asks for one.
    const stop = messenger.onMessage('getSettingsView', () => ok(toSettingsView(resolveSettings({}))));
    const user = userEvent.setup();
    render(
      <I18nProvider language="fr">
        <PopupApp />
      </I18nProvider>,
    );
    expect(await screen.findByText(event.title)).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Votre territoire' })).toBeInTheDocument();
    stop();
    await user.click(screen.getByRole('button', { name: 'Vérification du statut' }));
    expect(
      screen.getByRole('heading', { name: 'Vérifier l’inscription d’une personne' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vérifier un statut' })).toBeInTheDocument();
  });

  it('renders in English too', async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider language="en">
        <PopupApp />
      </I18nProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Status check' }));
    expect(screen.getByRole('button', { name: 'Check a status' })).toBeInTheDocument();
  });
});
