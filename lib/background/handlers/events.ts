import { getApiAccess, getPinnedApiAccess } from '../default-access';
import { resolveEndpoints } from '../../settings/core/endpoints';
import { loadSettings } from '../../settings/settings-store';
import { getMeeEvent, getOnlineFair } from '../../events/client';
import { refreshEventsOnce } from '../../events/refresh';
import type { ProtocolHandlers } from '../../platform/messaging/serve';

/**
 * Refreshes the agent's territory (settings.departements; empty = all of France) from the
 * events API of the current settings, pinned for the whole refresh.
 */
export async function refreshTerritory(force = false) {
  const { settings } = await loadSettings();
  const endpoints = resolveEndpoints(settings);
  return refreshEventsOnce(getPinnedApiAccess(endpoints), settings.departements, {
    force,
    source: endpoints.eventsApiUrl,
  });
}

/** Handlers of the events messages. */
export function createEventsHandlers(): Pick<ProtocolHandlers, 'refreshEvents' | 'getEventDetail'> {
  return {
    refreshEvents: ({ force }) => refreshTerritory(force ?? false),
    getEventDetail: ({ source, id }) =>
      source === 'mee' ? getMeeEvent(getApiAccess(), id) : getOnlineFair(getApiAccess(), id),
  };
}
