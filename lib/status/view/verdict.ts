import type { JobSeekerStatus } from '../core/status';
import { officialCategory, type CategoryCode } from '../core/categories';

/** What the check says, before any detail; the UI words it (lib/i18n/messages/status.ts). */
export type Verdict =
  | { kind: 'registered'; category: CategoryCode | null; rawCategory: string | null; since: string | null }
  | { kind: 'no_longer_registered'; until: string | null }
  /** France Travail answered, without the registration: the habilitation does not cover it. */
  | { kind: 'not_covered' }
  | { kind: 'not_found' };

export function verdictOf(status: JobSeekerStatus | null): Verdict {
  if (!status) return { kind: 'not_found' };
  const registration = status.registration;
  if (!registration) return { kind: 'not_covered' };
  if (registration.registeredNow) {
    return {
      kind: 'registered',
      category: officialCategory(registration.categoryCode),
      rawCategory: registration.categoryCode,
      since: registration.since,
    };
  }
  return { kind: 'no_longer_registered', until: registration.until };
}
