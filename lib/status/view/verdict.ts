import type { JobSeekerStatus } from '../core/status';
import { normaliseCategoryCode, type CategoryCode } from './categories';

/** What the check says, before any detail; the UI words it (lib/i18n/messages/status.ts). */
export type Verdict =
  | { kind: 'registered'; category: CategoryCode | null; rawCategory: string | null; since: string | null }
  | { kind: 'no_longer_registered'; until: string | null }
  | { kind: 'not_found' };

export function verdictOf(status: JobSeekerStatus | null): Verdict {
  if (!status) return { kind: 'not_found' };
  const registration = status.registration;
  if (registration.registeredNow) {
    return {
      kind: 'registered',
      category: normaliseCategoryCode(registration.categoryCode),
      rawCategory: registration.categoryCode,
      since: registration.since,
    };
  }
  return { kind: 'no_longer_registered', until: registration.until };
}
