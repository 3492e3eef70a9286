import type { CnavCertification } from './status';

/** Identity certified by the CNAV (france-travail-apis.md §3). */
const CERTIFIED = new Set(['VC', 'IC', 'PC']);
const NOT_CERTIFIED = new Set(['AC', 'DC', 'EC', 'RC']);

/** VC/IC/PC → certified; AC/DC/EC/RC or null → not certified; an unknown code → unknown. */
export function cnavCertification(code: string | null | undefined): {
  cnav: CnavCertification;
  cnavCode: string | null;
} {
  const normalised = code?.trim().toUpperCase() || null;
  if (normalised === null) return { cnav: 'not_certified', cnavCode: null };
  if (CERTIFIED.has(normalised)) return { cnav: 'certified', cnavCode: normalised };
  if (NOT_CERTIFIED.has(normalised)) return { cnav: 'not_certified', cnavCode: normalised };
  return { cnav: 'unknown', cnavCode: normalised };
}
