import { journalItem, journalKeyItem, localJournalMigrationItem } from '../platform/storage/items';
import type { LocalJournalMigration } from './core/types';
import { resetJournalKeyCache } from './fingerprint';

/**
 * The old local journal, once the organisation's gateway keeps the journal: its entries are
 * offered for export (CSV) until the agent answers the offer, then deleted from the browser
 * with the fingerprint key; the answer is remembered, so the offer never comes back.
 */
export async function pendingLocalJournal(): Promise<LocalJournalMigration | null> {
  if (await localJournalMigrationItem.getValue()) return null;
  const entries = await journalItem.getValue();
  if (entries.length === 0) {
    // Nothing to offer: clear what is left (the key) and never ask.
    await finishLocalJournalMigration();
    return null;
  }
  return { entries };
}

/** Deletes the local journal and its key, then records that it is done; returns how many went. */
export async function finishLocalJournalMigration(now: Date = new Date()): Promise<number> {
  const entries = await journalItem.getValue();
  // Removed before the mark: if the mark fails, the next run finds nothing and marks it.
  await Promise.all([journalItem.removeValue({ removeMeta: true }), journalKeyItem.removeValue()]);
  resetJournalKeyCache();
  await localJournalMigrationItem.setValue({ doneAt: now.toISOString() });
  return entries.length;
}
