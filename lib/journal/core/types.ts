import type { VerificationMode } from '../../status/core/check-rules';

/**
 * What a check ended with, as recorded in the journal (no personal data). One list for the
 * extension's local journal and the gateway's central one (gateway/src/journal/entry.ts).
 */
export const CHECK_OUTCOMES = [
  'registered',
  'no_longer_registered',
  'not_found',
  // France Travail answered without the registration: outside the organisation's habilitation.
  'not_covered',
  'refused',
  'cancelled',
  'timeout',
  'franceconnect_unavailable',
  'status_unavailable',
  'rate_limited',
  // Closed at the gateway's restart: the process that made the check stopped before its outcome.
  'interrupted',
  'error',
] as const;
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];

/** As the journal shows a check: a gateway check whose outcome is not written yet is pending. */
export type JournalOutcome = CheckOutcome | 'pending';

/**
 * One journal entry per check. No name, no identifier, no address: the identifier is
 * replaced by a keyed fingerprint (HMAC-SHA-256, per-installation key).
 */
export interface JournalEntry {
  id: string;
  /** ISO instant. */
  at: string;
  agent: string | null;
  /** Null when the central journal has no intent for the check. */
  mode: VerificationMode | null;
  motif: string;
  caseReference: string;
  outcome: JournalOutcome;
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

/** Whose checks: the agent's own, or the whole organisation's (référent, DPO). */
export type JournalScope = 'mine' | 'organisation';

/** What the journal offers the signed-in agent. */
export interface JournalAccess {
  /** "local": this browser's journal (direct mode); "gateway": the organisation's central one. */
  source: 'local' | 'gateway';
  /** Référent or DPO: the organisation's checks, the identifier search, its export, the chain. */
  oversight: boolean;
}

export interface JournalListing {
  entries: JournalEntry[];
  /** More entries than one listing holds: the oldest are not shown (narrow the dates). */
  truncated: boolean;
}

/** A CSV file made by the journal's keeper (the gateway's audit export). */
export interface JournalCsvFile {
  csv: string;
  fileName: string;
}

/** Entries of the old local journal still in this browser, offered once for export. */
export interface LocalJournalMigration {
  entries: JournalEntry[];
}
