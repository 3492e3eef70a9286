import { ok } from '../../core/app-error';
import { fingerprintIdentifier } from '../../journal/fingerprint';
import { entriesWithFingerprint, queryJournal } from '../../journal/core/query';
import type { ProtocolHandlers } from '../../platform/messaging/serve';
import { journalItem } from '../../platform/storage/items';

/** Handlers of the journal messages. The journal holds no personal data: entries go to the UI as they are. */
export function createJournalHandlers(): Pick<ProtocolHandlers, 'listJournal' | 'findJournalByIdentifier'> {
  return {
    listJournal: async (query) => ok(queryJournal(await journalItem.getValue(), query)),
    findJournalByIdentifier: async ({ identifiant }) => {
      // The identifier is only hashed here, never stored nor echoed back.
      const [fingerprint, entries] = await Promise.all([
        fingerprintIdentifier(identifiant),
        journalItem.getValue(),
      ]);
      return ok(entriesWithFingerprint(entries, fingerprint));
    },
  };
}
