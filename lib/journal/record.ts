import { normaliseCaseReference, normaliseMotif, type VerificationMode } from '../status/core/check-rules';
import { journalItem } from '../platform/storage/items';
import { fingerprintIdentifier } from './fingerprint';
import type { CheckOutcome, JournalEntry } from './core/types';

export interface RecordCheckInput {
  /** The agent's name from the settings the check was made with (read once, by the check). */
  agent: string | null;
  mode: VerificationMode;
  motif: string;
  caseReference: string;
  /** Raw identifier (identifier mode): only its keyed fingerprint is kept. */
  identifiant?: string;
  outcome: CheckOutcome;
  errorCode: string | null;
  categoryCode: string | null;
}

/** Serialises appends so two checks finishing together do not overwrite each other. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Appends one entry to the consultation journal and returns it. The identifier itself is
 * never stored: only its HMAC fingerprint.
 */
export async function recordCheck(input: RecordCheckInput): Promise<JournalEntry> {
  const identifier = input.identifiant?.trim();
  const fingerprint = identifier ? await fingerprintIdentifier(identifier) : null;
  const entry: JournalEntry = {
    id: crypto.randomUUID(),
    at: new Date().toISOString(),
    agent: input.agent,
    mode: input.mode,
    motif: normaliseMotif(input.motif),
    caseReference: normaliseCaseReference(input.caseReference),
    outcome: input.outcome,
    errorCode: input.errorCode,
    categoryCode: input.categoryCode,
    fingerprint,
  };
  const append = queue.then(async () => {
    const journal = await journalItem.getValue();
    await journalItem.setValue([...journal, entry]);
  });
  queue = append.catch(() => undefined);
  await append;
  return entry;
}
