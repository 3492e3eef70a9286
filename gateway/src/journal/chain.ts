/**
 * The journal's hash chain, per organisation: each entry's hash is SHA-256 of the previous
 * hash and the entry's canonical serialisation, so altering, removing or reordering a row
 * breaks every hash after it. Sequence numbers have no gaps, so a removed row is named as such.
 */
import { createHash } from 'node:crypto';
import type { JournalEntry } from './entry';

export const GENESIS_HASH = '0'.repeat(64);
/** Bumped if the serialisation ever changes: old rows keep verifying under their version. */
const FORMAT = 'guichet-journal-v1';

/**
 * A fixed-order JSON array of every field but the hash: JSON.stringify of strings, integers
 * and nulls in a fixed order is deterministic, so no key ordering is involved.
 */
export function canonicalEntry(entry: Omit<JournalEntry, 'hash'>): string {
  return JSON.stringify([
    FORMAT,
    entry.organisationId,
    entry.seq,
    entry.id,
    entry.at,
    entry.kind,
    entry.agentId,
    entry.mode,
    entry.motif,
    entry.caseReference,
    entry.fingerprint,
    entry.checkId,
    entry.outcome,
    entry.errorCode,
    entry.detail,
    entry.prevHash,
  ]);
}

export function entryHash(entry: Omit<JournalEntry, 'hash'>): string {
  return createHash('sha256').update(entry.prevHash).update('\n').update(canonicalEntry(entry)).digest('hex');
}

/** Where the chain starts: genesis, or the last entry a retention purge removed. */
export interface ChainAnchor {
  seq: number;
  hash: string;
}

export const GENESIS_ANCHOR: ChainAnchor = { seq: 0, hash: GENESIS_HASH };

export type ChainBreakKind = 'missing' | 'link' | 'altered' | 'truncated';

export interface ChainBreak {
  kind: ChainBreakKind;
  /** Sequence number where the chain stops holding (the first missing one for `missing`). */
  position: number;
  /** The row found there (null when missing). */
  entryId: string | null;
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstSeq: number | null;
  lastSeq: number | null;
  firstBreak: ChainBreak | null;
}

/**
 * Verifies entries of one organisation fed in sequence order from the anchor (batch by
 * batch, so a long journal is not held in memory). `expectedLast` (the head recorded at each
 * append) also catches rows cut off the end.
 */
export function createChainVerifier(anchor: ChainAnchor = GENESIS_ANCHOR) {
  let previous = anchor;
  let checked = 0;
  let firstSeq: number | null = null;
  let firstBreak: ChainBreak | null = null;
  const check = (entry: JournalEntry): ChainBreak | null => {
    if (entry.seq !== previous.seq + 1) return { kind: 'missing', position: previous.seq + 1, entryId: null };
    if (entry.prevHash !== previous.hash) return { kind: 'link', position: entry.seq, entryId: entry.id };
    if (entryHash(entry) !== entry.hash) return { kind: 'altered', position: entry.seq, entryId: entry.id };
    return null;
  };
  return {
    /** False once a break is found (later entries are not looked at). */
    push(entry: JournalEntry): boolean {
      if (firstBreak) return false;
      firstSeq ??= entry.seq;
      firstBreak = check(entry);
      if (firstBreak) return false;
      checked += 1;
      previous = { seq: entry.seq, hash: entry.hash };
      return true;
    },
    finish(expectedLast?: number): ChainReport {
      if (!firstBreak && expectedLast !== undefined && previous.seq < expectedLast) {
        firstBreak = { kind: 'truncated', position: previous.seq + 1, entryId: null };
      }
      return {
        ok: firstBreak === null,
        checked,
        firstSeq,
        lastSeq: checked > 0 ? previous.seq : null,
        firstBreak,
      };
    },
  };
}

export function verifyChain(
  entries: Iterable<JournalEntry>,
  anchor: ChainAnchor = GENESIS_ANCHOR,
  expectedLast?: number,
): ChainReport {
  const verifier = createChainVerifier(anchor);
  for (const entry of entries) if (!verifier.push(entry)) break;
  return verifier.finish(expectedLast);
}

/** The next entry after `previous`, sealed with its hash. */
export function sealEntry(
  previous: ChainAnchor,
  fields: Omit<JournalEntry, 'seq' | 'prevHash' | 'hash'>,
): JournalEntry {
  const unsealed = { ...fields, seq: previous.seq + 1, prevHash: previous.hash };
  return { ...unsealed, hash: entryHash(unsealed) };
}
