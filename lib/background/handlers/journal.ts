import { ok } from '../../core/app-error';
import type { JournalReader } from '../../journal/journal';
import type { ProtocolHandlers } from '../../platform/messaging/serve';

/** Handlers of the journal messages. The journal holds no personal data: entries go to the UI as they are. */
export function createJournalHandlers(
  journal: JournalReader,
): Pick<ProtocolHandlers, 'listJournal' | 'findJournalByIdentifier'> {
  return {
    listJournal: async (query) => ok(await journal.list(query)),
    findJournalByIdentifier: async ({ identifiant }) => ok(await journal.findByIdentifier(identifiant)),
  };
}
