import { vi } from 'vitest';
import { userSettingsItem } from '../../lib/platform/storage/items';
import { resolveSettings } from '../../lib/settings/core/settings';
import { toSettingsView } from '../../lib/settings/settings-view';
import type { TerritoryClient } from './use-territory';

/**
 * Test helper: a territory client over the real settings resolution (policy > agent >
 * defaults). Saving writes the agent's settings to (fake) storage, as the background does.
 */
export function aTerritoryClient(
  layers: { policy?: Record<string, unknown>; user?: Record<string, unknown> } = {},
) {
  let user: Record<string, unknown> = { ...layers.user };
  const save = vi.fn(async (departements: string[]) => {
    user = { ...user, departements };
    await userSettingsItem.setValue(user);
    return true;
  });
  const client: TerritoryClient = {
    load: async () => toSettingsView(resolveSettings({ policy: layers.policy, user })),
    save,
  };
  return { client, save };
}
