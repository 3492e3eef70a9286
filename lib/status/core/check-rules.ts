/**
 * The rules of a status check's request, without zod so that every UI page can use them:
 * which modes and result sections exist, and the purpose (motif) and case reference the
 * journal keeps — their limits, their shape and how they are trimmed. The form, the message schema, the
 * settings (the organisation's motifs) and the journal all take them from here.
 */
export const VERIFICATION_MODES = ['franceconnect', 'identifiant'] as const;
export type VerificationMode = (typeof VERIFICATION_MODES)[number];

export const STATUS_FIELDS = ['identite', 'contact', 'adresse', 'inscription'] as const;
export type StatusField = (typeof STATUS_FIELDS)[number];

export const MOTIF_MAX_LENGTH = 120;
export const CASE_REFERENCE_MAX_LENGTH = 64;

/** "  Aide   au permis " → "Aide au permis". */
export function normaliseMotif(motif: string): string {
  return motif.trim().replace(/\s+/g, ' ');
}

/** " R-7 " → "R-7". */
export function normaliseCaseReference(reference: string): string {
  return reference.trim();
}

/**
 * A case reference is a file number, not a person's name: unaccented letters, digits and
 * " ._/#-", starting with a letter or a digit (never a spreadsheet formula sign), with at least
 * one digit. The journal keeps it; this keeps a bare name out of it. The form, the
 * message schema and the gateway check it here.
 */
const CASE_REFERENCE_SHAPE = /^(?=.*\d)[A-Za-z0-9][A-Za-z0-9 ._/#-]*$/;

export type CaseReferenceProblem = 'required' | 'tooLong' | 'notAReference';

/** What is wrong with a case reference (as typed: it is normalised first), or null. */
export function caseReferenceProblem(reference: string): CaseReferenceProblem | null {
  const normalised = normaliseCaseReference(reference);
  if (normalised === '') return 'required';
  if (normalised.length > CASE_REFERENCE_MAX_LENGTH) return 'tooLong';
  if (!CASE_REFERENCE_SHAPE.test(normalised)) return 'notAReference';
  return null;
}
