/**
 * One row of the central journal. Append-only: a check is two rows (its intent, written
 * before the upstream call, and its outcome, written after), never one row updated. No data
 * about the checked person: the identifier only as a keyed fingerprint.
 */
import { z } from 'zod';

export const JOURNAL_KINDS = [
  'check_intent',
  'check_outcome',
  'identifier_search',
  'journal_export',
  'chain_verification',
] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];

export const CHECK_OUTCOMES = [
  'registered',
  'no_longer_registered',
  'not_found',
  // The answer came without its registration block: the habilitation does not cover it.
  'not_covered',
  'refused',
  'cancelled',
  'timeout',
  'franceconnect_unavailable',
  'status_unavailable',
  'rate_limited',
  // Closed at a restart: the process that made the check stopped before its outcome.
  'interrupted',
  'error',
] as const;
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];

/** What the application writes; sequence, time and hashes are added by the chain. */
export interface JournalDraft {
  kind: JournalKind;
  agentId: string;
  mode: 'identifiant' | 'franceconnect' | null;
  motif: string | null;
  caseReference: string | null;
  /** Hex HMAC-SHA-256 of the normalised identifier with the organisation's key. */
  fingerprint: string | null;
  /** The intent's id, on an outcome row. */
  checkId: string | null;
  outcome: CheckOutcome | null;
  errorCode: string | null;
  /** Small JSON text without personal data (an export's filters, a verification's figures). */
  detail: string | null;
}

export interface JournalEntry extends JournalDraft {
  organisationId: string;
  /** 1, 2, 3… per organisation, without gaps: a gap is a removed row. */
  seq: number;
  id: string;
  /** ISO instant, millisecond precision. */
  at: string;
  prevHash: string;
  hash: string;
}

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** A row as read back from the database, checked before it is trusted. */
export const journalEntrySchema = z.object({
  organisationId: z.string().min(1),
  seq: z.number().int().min(1),
  id: z.uuid(),
  at: z.iso.datetime(),
  kind: z.enum(JOURNAL_KINDS),
  agentId: z.string().min(1),
  mode: z.enum(['identifiant', 'franceconnect']).nullable(),
  motif: z.string().nullable(),
  caseReference: z.string().nullable(),
  fingerprint: hex64.nullable(),
  checkId: z.uuid().nullable(),
  outcome: z.enum(CHECK_OUTCOMES).nullable(),
  errorCode: z.string().nullable(),
  detail: z.string().nullable(),
  prevHash: hex64,
  hash: hex64,
});
