import type { Result } from '../../lib/core/app-error';
import type { JournalEntry, JournalQuery } from '../../lib/journal/core/types';
import { sendMessage } from '../../lib/platform/messaging/messenger';
import type { SettingsView } from '../../lib/platform/messaging/protocol';

/** What the journal view asks of the background: a seam, so component tests pass a fake. */
export interface JournalClient {
  getSettingsView(): Promise<Result<SettingsView>>;
  listJournal(query: JournalQuery): Promise<Result<JournalEntry[]>>;
  findJournalByIdentifier(identifiant: string): Promise<Result<JournalEntry[]>>;
}

export const messagingJournalClient: JournalClient = {
  getSettingsView: () => sendMessage('getSettingsView', undefined),
  listJournal: (query) => sendMessage('listJournal', query),
  findJournalByIdentifier: (identifiant) => sendMessage('findJournalByIdentifier', { identifiant }),
};
