import type { StatusField } from '../config/constants';
import type { JobSeekerStatus } from '../domain/status';

/**
 * Applies the organisation's visible fields to a result. The background already drops
 * hidden sections; the UI does it again (defence in depth). Without "inscription" the
 * verdict keeps only whether the person is registered: no category, no dates.
 */
export function visibleStatus(status: JobSeekerStatus, fields: readonly StatusField[]): JobSeekerStatus {
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
