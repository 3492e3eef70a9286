import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resolveSettings } from '../../lib/settings/core/settings';
import { toSettingsView } from '../../lib/settings/settings-view';
import { ok } from '../../lib/core/app-error';
import { userSettingsItem } from '../../lib/platform/storage/items';
import { usePanelSettings } from './use-panel-settings';

function Modes({ load }: { load: Parameters<typeof usePanelSettings>[0] }) {
  const state = usePanelSettings(load);
  return <p>{state.kind === 'ready' ? state.settings.verificationModes.join('+') : 'loading'}</p>;
}

describe('usePanelSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('follows the options page: a save reloads the settings of an open panel', async () => {
    const load = vi.fn(async () =>
      ok(toSettingsView(resolveSettings({ user: await userSettingsItem.getValue() }))),
    );
    render(<Modes load={load} />);
    expect(await screen.findByText('franceconnect+identifiant')).toBeInTheDocument();
    await userSettingsItem.setValue({ verificationModes: ['identifiant'] });
    expect(await screen.findByText('identifiant')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('falls back to the built-in defaults when the background cannot answer', async () => {
    render(<Modes load={() => Promise.reject(new Error('no background'))} />);
    expect(await screen.findByText('franceconnect+identifiant')).toBeInTheDocument();
  });
});
