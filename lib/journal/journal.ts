import { journalItem } from '../platform/storage/items';
import { entriesWithFingerprint, queryJournal } from './core/query';
import type { JournalEntry, JournalQuery } from './core/types';
import { fingerprintIdentifier } from './fingerprint';

/**
 * The journal of checks as the agent reads it, in the domain's terms. The local one (the
 * "direct" mode) is in this extension's storage; an organisation gateway keeps its own.
 */
export interface JournalReader {
  list(query: JournalQuery): Promise<JournalEntry[]>;
  /** "A-t-on vérifié cet identifiant ?": the entries whose fingerprint is this identifier's. */
  findByIdentifier(identifiant: string): Promise<JournalEntry[]>;
}

export function createLocalJournal(): JournalReader {
  return {
    list: async (query) => queryJournal(await journalItem.getValue(), query),
    findByIdentifier: async (identifiant) => {
      // The identifier is only hashed here, never stored nor echoed back.
      const [fingerprint, entries] = await Promise.all([
        fingerprintIdentifier(identifiant),
        journalItem.getValue(),
      ]);
      return entriesWithFingerprint(entries, fingerprint);
    },
  };
}
