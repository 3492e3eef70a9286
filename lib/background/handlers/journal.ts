import { ok } from '../../core/app-error';
import type { JournalReader } from '../../journal/journal';
import { finishLocalJournalMigration, pendingLocalJournal } from '../../journal/migration';
import type { ProtocolHandlers } from '../../platform/messaging/serve';

type JournalMessages =
  | 'getJournalAccess'
  | 'listJournal'
  | 'findJournalByIdentifier'
  | 'exportJournal'
  | 'verifyJournalChain'
  | 'getLocalJournalMigration'
  | 'finishLocalJournalMigration';

/** Handlers of the journal messages. The journal holds no personal data: entries go to the UI as they are. */
export function createJournalHandlers(journal: JournalReader): Pick<ProtocolHandlers, JournalMessages> {
  return {
    getJournalAccess: () => journal.access(),
    listJournal: ({ scope = 'mine', ...query }) => journal.list(query, scope),
    findJournalByIdentifier: ({ identifiant }) => journal.findByIdentifier(identifiant),
    exportJournal: (period) => journal.exportCsv(period),
    verifyJournalChain: () => journal.verifyChain(),
    // The local journal is migrated away only once the gateway keeps the journal.
    getLocalJournalMigration: async () =>
      ok((await journal.source()) === 'gateway' ? await pendingLocalJournal() : null),
    finishLocalJournalMigration: async () =>
      ok({ removed: (await journal.source()) === 'gateway' ? await finishLocalJournalMigration() : 0 }),
  };
}
