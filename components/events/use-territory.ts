import { useCallback, useEffect, useState } from 'react';
import { sendMessage } from '../../lib/platform/messaging/messenger';
import type { SettingsView } from '../../lib/platform/messaging/protocol';
import { userSettingsItem } from '../../lib/platform/storage/items';
import { isDepartementCode } from '../../lib/settings/core/departements';

export type TerritoryState =
  | { kind: 'loading' }
  /** The background could not answer: nothing is asked, the list shows what it has. */
  | { kind: 'unavailable' }
  | {
      kind: 'ready';
      departements: string[];
      /** Fixed by the organisation's policy: the agent cannot change it. */
      locked: boolean;
      /** Chosen by the organisation or the agent (an empty policy list means all of France). */
      chosen: boolean;
    };

/** What the territory views need to read and save the territory (tests pass a fake). */
export interface TerritoryClient {
  load: () => Promise<SettingsView | null>;
  save: (departements: string[]) => Promise<boolean>;
}

export const messagingTerritoryClient: TerritoryClient = {
  load: () =>
    sendMessage('getSettingsView', undefined).then(
      (result) => (result.ok ? result.value : null),
      () => null,
    ),
  save: (departements) =>
    sendMessage('saveUserSettings', { values: { departements } }).then(
      (result) => result.ok,
      () => false,
    ),
};

/**
 * The territory as the settings resolve it (policy > agent > none), read from the view the
 * background gives. Checked by hand rather than with zod: the popup ships no zod.
 */
export function territoryFrom(view: SettingsView): TerritoryState {
  const value = view.values.departements;
  const departements = Array.isArray(value) ? value.filter(isDepartementCode) : [];
  const source = view.sources.departements;
  return {
    kind: 'ready',
    departements,
    locked: source === 'policy',
    chosen: departements.length > 0 || source === 'policy',
  };
}

/**
 * The agent's territory, loaded when the view mounts and again whenever the agent's settings
 * change (the options page, or this view saving a new territory).
 */
export function useTerritory(client: TerritoryClient = messagingTerritoryClient) {
  const [state, setState] = useState<TerritoryState>({ kind: 'loading' });
  useEffect(() => {
    let active = true;
    const reload = () =>
      void client.load().then((view) => {
        if (active) setState(view ? territoryFrom(view) : { kind: 'unavailable' });
      });
    reload();
    const unwatch = userSettingsItem.watch(reload);
    return () => {
      active = false;
      unwatch();
    };
  }, [client]);
  const save = useCallback((departements: string[]) => client.save(departements), [client]);
  return { territory: state, save };
}
