import { loadCommuneIndex } from '../../events/commune-index-loader';
import { refreshEventsOnce } from '../../events/refresh';
import type { ProtocolHandlers } from '../../platform/messaging/serve';
import type { Backend } from './backend';

/**
 * Refreshes the agent's territory (settings.departements; empty = all of France) from the
 * events source of the current settings, read once for the whole refresh.
 */
export async function refreshTerritory(backend: Backend, force = false) {
  const settings = await backend.settings();
  return refreshEventsOnce(backend.events(settings), settings.departements, {
    force,
    communes: loadCommuneIndex,
  });
}

/** Handlers of the events messages. */
export function createEventsHandlers(
  backend: Backend,
): Pick<ProtocolHandlers, 'refreshEvents' | 'getEventDetail'> {
  return {
    refreshEvents: ({ force }) => refreshTerritory(backend, force ?? false),
    getEventDetail: async ({ source, id }) => backend.events(await backend.settings()).event(source, id),
  };
}
