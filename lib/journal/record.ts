import type { VerificationMode } from '../settings/core/constants';
import { loadSettings } from '../settings/settings-store';
import { journalItem } from '../platform/storage/items';
import { fingerprintIdentifier } from './fingerprint';
import type { CheckOutcome, JournalEntry } from './core/types';

export interface RecordCheckInput {
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
  const [fingerprint, resolution] = await Promise.all([
    identifier ? fingerprintIdentifier(identifier) : Promise.resolve(null),
    loadSettings(),
  ]);
  const entry: JournalEntry = {
    id: crypto.randomUUID(),
    at: new Date().toISOString(),
    agent: resolution.settings.agentName ?? null,
    mode: input.mode,
    motif: input.motif.trim(),
    caseReference: input.caseReference.trim(),
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
