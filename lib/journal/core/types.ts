import type { VerificationMode } from '../../status/core/check-rules';

/** What a check ended with, as recorded in the journal (no personal data). */
export type CheckOutcome =
  | 'registered'
  | 'no_longer_registered'
  /** France Travail answered without the registration: outside the organisation's habilitation. */
  | 'not_covered'
  | 'not_found'
  | 'refused'
  | 'error';

/**
 * One journal entry per check. No name, no identifier, no address: the identifier is
 * replaced by a keyed fingerprint (HMAC-SHA-256, per-installation key).
 */
export interface JournalEntry {
  id: string;
  /** ISO instant. */
  at: string;
  agent: string | null;
  mode: VerificationMode;
  motif: string;
  caseReference: string;
  outcome: CheckOutcome;
  /** Error code when outcome is "error". */
  errorCode: string | null;
  categoryCode: string | null;
  /** Hex HMAC of the normalised identifier; null for FranceConnect checks. */
  fingerprint: string | null;
}

export interface JournalQuery {
  from?: string;
  to?: string;
  motif?: string;
  outcome?: CheckOutcome;
}
