import type { StatusField } from '../config/constants';
import type { JobSeekerStatus } from '../domain/status';

/**
 * Drops the sections the organisation hides before the result leaves the background, so
 * hidden fields never reach a UI page. Without "inscription" only the verdict stays.
 */
export function minimiseStatus(status: JobSeekerStatus, fields: readonly StatusField[]): JobSeekerStatus {
  const shows = (field: StatusField) => fields.includes(field);
  return {
    source: status.source,
    retrievedAt: status.retrievedAt,
    identity: shows('identite') ? status.identity : null,
    contact: shows('contact') ? status.contact : null,
    address: shows('adresse') ? status.address : null,
    registration: shows('inscription')
      ? status.registration
      : {
          registeredNow: status.registration.registeredNow,
          since: null,
          until: null,
          categoryCode: null,
          categoryLabel: null,
        },
  };
}
