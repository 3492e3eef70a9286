import { loadEndpoints } from '../config/settings-store';
import { createDirectApiAccess, type ApiAccess } from './api-access';
import { browserIdentity } from './identity-adapter';

let access: ApiAccess | null = null;

/** The background's API access: direct for now (an organisation gateway would plug in here). */
export function getApiAccess(): ApiAccess {
  access ??= createDirectApiAccess({ loadEndpoints, identity: browserIdentity });
  return access;
}
