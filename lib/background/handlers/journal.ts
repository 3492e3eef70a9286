import type { ProtocolHandlers } from '../../messaging/serve';
import { notBuilt } from './not-built';

/** Handlers of the journal messages. */
export function createJournalHandlers(): Pick<ProtocolHandlers, 'listJournal' | 'findJournalByIdentifier'> {
  return {
    listJournal: notBuilt('listJournal'),
    findJournalByIdentifier: notBuilt('findJournalByIdentifier'),
  };
}
