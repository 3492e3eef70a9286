import type { Endpoints } from './core/endpoints';
import type { ConnectionState, ServiceName } from '../platform/messaging/protocol';
import { partnerTokenItem } from '../platform/storage/items';

/** Whether each service has its endpoints and credentials (never the values themselves). */
export function configuredServices(endpoints: Endpoints): Record<ServiceName, boolean> {
  return {
    events: Boolean(endpoints.eventsApiUrl && endpoints.partnerClientId && endpoints.partnerClientSecret),
    franceconnect: Boolean(
      endpoints.franceConnectIssuer && endpoints.franceConnectClientId && endpoints.franceConnectClientSecret,
    ),
    'api-particulier': Boolean(
      endpoints.apiParticulierUrl && endpoints.apiParticulierToken && endpoints.recipientSiret,
    ),
  };
}

export async function connectionState(
  endpoints: Endpoints,
  now: number = Date.now(),
): Promise<ConnectionState> {
  const token = await partnerTokenItem.getValue();
  return {
    environment: endpoints.environment,
    configured: configuredServices(endpoints),
    partnerTokenHeld: token !== null && token.expiresAt > now,
  };
}
