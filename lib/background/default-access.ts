import type { Endpoints } from '../settings/core/endpoints';
import { loadEndpoints } from '../settings/settings-store';
import { createDirectApiAccess, type ApiAccess } from '../platform/auth/api-access';
import { browserIdentity } from '../platform/auth/identity-adapter';

let access: ApiAccess | null = null;

/** The background's API access: direct for now (an organisation gateway would plug in here). */
export function getApiAccess(): ApiAccess {
  access ??= createDirectApiAccess({ loadEndpoints, identity: browserIdentity });
  return access;
}

/**
 * An access bound to the endpoints read once, for work made of many calls (an events
 * refresh): every page then comes from the same service even if the settings change midway.
 * Tokens are still shared (they are keyed by token URL and client id, not by access).
 */
export function getPinnedApiAccess(endpoints: Endpoints): ApiAccess {
  return createDirectApiAccess({ loadEndpoints: async () => endpoints, identity: browserIdentity });
}
