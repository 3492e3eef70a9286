import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resolveSettings } from '../../lib/settings/core/settings';
import { toSettingsView } from '../../lib/settings/settings-view';
import { ok } from '../../lib/core/app-error';
import { panelRequestItem } from '../../lib/platform/browser/side-panel';
import { messenger } from '../../lib/platform/messaging/messenger';
import { I18nProvider } from '../shared/i18n';
import { SidePanelApp } from './SidePanelApp';

let remove: (() => void) | undefined;

function renderPanel() {
  render(
    <I18nProvider language="fr">
      <SidePanelApp />
    </I18nProvider>,
  );
}

describe('SidePanelApp', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => remove?.());

  it('shows the organisation’s ignored policy values, naming each key', async () => {
    const resolution = resolveSettings({ policy: { journalRetentionDays: 0, departemnts: ['63'] } });
    remove = messenger.onMessage('getSettingsView', async () => ok(toSettingsView(resolution)));
    renderPanel();
    const banner = await screen.findByRole('region', { name: 'Paramètres ignorés' });
    expect(banner).toHaveTextContent('journalRetentionDays');
    expect(banner).toHaveTextContent('departemnts');
  });

  it('follows a fresh request from the popup, and ignores a stale one', async () => {
    await panelRequestItem.setValue({ view: 'journal', at: Date.now() - 60_000 });
    const { unmount } = render(
      <I18nProvider language="fr">
        <SidePanelApp />
      </I18nProvider>,
    );
    // Let the stored request be read: a minute-old one must not switch the view.
    await new Promise((done) => setTimeout(done, 50));
    expect(screen.getByRole('button', { name: 'Salons et évènements' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    unmount();
    await panelRequestItem.setValue({ view: 'journal', at: Date.now() });
    renderPanel();
    expect(
      await screen.findByRole('button', { name: 'Journal des vérifications', current: 'page' }),
    ).toBeInTheDocument();
  });
});
