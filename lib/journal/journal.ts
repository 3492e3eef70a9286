import { ok, type Result } from '../core/app-error';
import { journalItem } from '../platform/storage/items';
import type { ChainReport } from './core/gateway-wire';
import { entriesWithFingerprint, queryJournal } from './core/query';
import type {
  JournalAccess,
  JournalCsvFile,
  JournalEntry,
  JournalListing,
  JournalQuery,
  JournalScope,
} from './core/types';
import { fingerprintIdentifier } from './fingerprint';

export type { ChainReport } from './core/gateway-wire';
export type { JournalAccess, JournalCsvFile, JournalListing, JournalScope } from './core/types';

/**
 * The journal of checks as the agent reads it, in the domain's terms. The local one (the
 * "direct" mode) is in this extension's storage; an organisation gateway keeps the central
 * one (./gateway-journal.ts). Expected failures (refused role, gateway down, signed out)
 * come back as values.
 */
export interface JournalReader {
  /**
   * Known without asking the gateway (the settings in force say it): decides whether the old
   * local journal is migrated away.
   */
  source(): Promise<JournalAccess['source']>;
  access(): Promise<Result<JournalAccess>>;
  list(query: JournalQuery, scope: JournalScope): Promise<Result<JournalListing>>;
  /** "A-t-on vérifié cet identifiant ?": the entries whose fingerprint is this identifier's. */
  findByIdentifier(identifiant: string): Promise<Result<JournalEntry[]>>;
  /**
   * The organisation's journal as its keeper exports it; null when there is no such export
   * and the view builds the CSV from the rows it shows (the local journal).
   */
  exportCsv(query: Pick<JournalQuery, 'from' | 'to'>): Promise<Result<JournalCsvFile | null>>;
  /** The hash chain's verification; null when the journal has no chain (the local one). */
  verifyChain(): Promise<Result<ChainReport | null>>;
}

export function createLocalJournal(): JournalReader {
  return {
    source: async () => 'local',
    // The local journal is this browser's: whoever uses it sees all of it, as before.
    access: async () => ok({ source: 'local', oversight: true }),
    list: async (query) =>
      ok({ entries: queryJournal(await journalItem.getValue(), query), truncated: false }),
    findByIdentifier: async (identifiant) => {
      // The identifier is only hashed here, never stored nor echoed back.
      const [fingerprint, entries] = await Promise.all([
        fingerprintIdentifier(identifiant),
        journalItem.getValue(),
      ]);
      return ok(entriesWithFingerprint(entries, fingerprint));
    },
    exportCsv: async () => ok(null),
    verifyChain: async () => ok(null),
  };
}
