import { useEffect, useState } from 'react';
import { userSettingsItem } from '../../lib/platform/storage/items';
import type { SettingsView } from '../../lib/platform/messaging/protocol';
import type { Result } from '../../lib/core/app-error';
import { DEFAULT_PANEL_SETTINGS, panelSettingsFrom, type PanelSettings } from './panel-settings';

export type PanelSettingsState =
  { kind: 'loading' } | { kind: 'ready'; settings: PanelSettings; fallback: boolean };

/**
 * Loads the settings when the view mounts and again whenever the agent saves the options
 * page, so an open side panel follows the new modes, motifs and visible fields. If the
 * background cannot answer, the built-in defaults apply and the view says so (`fallback`).
 */
export function usePanelSettings(load: () => Promise<Result<SettingsView>>): PanelSettingsState {
  const [state, setState] = useState<PanelSettingsState>({ kind: 'loading' });
  useEffect(() => {
    let active = true;
    const reload = () =>
      load()
        .then((result) => {
          if (!active) return;
          setState(
            result.ok
              ? { kind: 'ready', settings: panelSettingsFrom(result.value), fallback: false }
              : { kind: 'ready', settings: DEFAULT_PANEL_SETTINGS, fallback: true },
          );
        })
        .catch(() => {
          if (active) setState({ kind: 'ready', settings: DEFAULT_PANEL_SETTINGS, fallback: true });
        });
    void reload();
    const unwatch = userSettingsItem.watch(() => void reload());
    return () => {
      active = false;
      unwatch();
    };
  }, [load]);
  return state;
}
