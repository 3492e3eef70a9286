import type { Result } from '../../lib/core/app-error';
import type { ChainReport } from '../../lib/journal/core/gateway-wire';
import type {
  JournalAccess,
  JournalCsvFile,
  JournalEntry,
  JournalListing,
  JournalQuery,
  JournalScope,
  LocalJournalMigration,
} from '../../lib/journal/core/types';
import { sendMessage } from '../../lib/platform/messaging/messenger';
import type { SettingsView } from '../../lib/platform/messaging/protocol';

/** What the journal view asks of the background: a seam, so component tests pass a fake. */
export interface JournalClient {
  getSettingsView(): Promise<Result<SettingsView>>;
  getJournalAccess(): Promise<Result<JournalAccess>>;
  listJournal(query: JournalQuery, scope: JournalScope): Promise<Result<JournalListing>>;
  findJournalByIdentifier(identifiant: string): Promise<Result<JournalEntry[]>>;
  exportJournal(period: Pick<JournalQuery, 'from' | 'to'>): Promise<Result<JournalCsvFile | null>>;
  verifyJournalChain(): Promise<Result<ChainReport | null>>;
  getLocalJournalMigration(): Promise<Result<LocalJournalMigration | null>>;
  finishLocalJournalMigration(): Promise<Result<{ removed: number }>>;
}

export const messagingJournalClient: JournalClient = {
  getSettingsView: () => sendMessage('getSettingsView', undefined),
  getJournalAccess: () => sendMessage('getJournalAccess', undefined),
  listJournal: (query, scope) => sendMessage('listJournal', { ...query, scope }),
  findJournalByIdentifier: (identifiant) => sendMessage('findJournalByIdentifier', { identifiant }),
  exportJournal: (period) => sendMessage('exportJournal', period),
  verifyJournalChain: () => sendMessage('verifyJournalChain', undefined),
  getLocalJournalMigration: () => sendMessage('getLocalJournalMigration', undefined),
  finishLocalJournalMigration: () => sendMessage('finishLocalJournalMigration', undefined),
};

/** A call that threw (the background went away) as a failure value, like the others. */
export const settle = <T>(call: Promise<Result<T>>): Promise<Result<T>> =>
  call.catch(() => ({ ok: false as const, error: { code: 'internal' as const } }));
