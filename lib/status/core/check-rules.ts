/**
 * The rules of a status check's request, without zod so that every UI page can use them:
 * which modes and result sections exist, and the purpose (motif) and case reference the
 * journal keeps — their limits and how they are trimmed. The form, the message schema, the
 * settings (the organisation's motifs) and the journal all take them from here.
 */
export const VERIFICATION_MODES = ['franceconnect', 'identifiant'] as const;
export type VerificationMode = (typeof VERIFICATION_MODES)[number];

export const STATUS_FIELDS = ['identite', 'contact', 'adresse', 'inscription'] as const;
export type StatusField = (typeof STATUS_FIELDS)[number];

export const MOTIF_MAX_LENGTH = 120;
export const CASE_REFERENCE_MAX_LENGTH = 100;

/** "  Aide   au permis " → "Aide au permis". */
export function normaliseMotif(motif: string): string {
  return motif.trim().replace(/\s+/g, ' ');
}

/** " R-7 " → "R-7". */
export function normaliseCaseReference(reference: string): string {
  return reference.trim();
}
