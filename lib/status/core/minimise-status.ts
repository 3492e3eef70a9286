import type { StatusField } from './check-rules';
import type { JobSeekerStatus } from './status';

/**
 * Drops the sections the organisation hides (settings.statusFields). The background applies
 * it before a result leaves it, so hidden fields never reach a UI page; the side panel and
 * the justificatif apply it again (defence in depth). Without "inscription" only whether the
 * person is registered stays: no category, no dates. A registration the answer did not carry
 * (not in the habilitation) stays absent.
 */
export function minimiseStatus(status: JobSeekerStatus, fields: readonly StatusField[]): JobSeekerStatus {
  const shows = (field: StatusField) => fields.includes(field);
  return {
    source: status.source,
    retrievedAt: status.retrievedAt,
    identity: shows('identite') ? status.identity : null,
    contact: shows('contact') ? status.contact : null,
    address: shows('adresse') ? status.address : null,
    registration:
      shows('inscription') || status.registration === null
        ? status.registration
        : {
            registeredNow: status.registration.registeredNow,
            since: null,
            until: null,
            categoryCode: null,
            categoryLabel: null,
          },
    // Which blocks the habilitation does not cover is no personal data: it stays.
    notCovered: status.notCovered,
  };
}
