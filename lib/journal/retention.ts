import { loadSettings } from '../settings/settings-store';
import { journalItem } from '../platform/storage/items';
import type { JournalEntry } from './core/types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Entries younger than the retention period; an unreadable date counts as expired. */
export function keepRecent(
  entries: readonly JournalEntry[],
  retentionDays: number,
  now: number = Date.now(),
): JournalEntry[] {
  const limit = now - retentionDays * DAY_MS;
  return entries.filter((entry) => {
    const at = Date.parse(entry.at);
    return Number.isFinite(at) && at >= limit;
  });
}

/** Deletes the entries older than `journalRetentionDays`; returns how many went. */
export async function purgeJournal(now: number = Date.now()): Promise<number> {
  const [{ settings }, entries] = await Promise.all([loadSettings(), journalItem.getValue()]);
  const kept = keepRecent(entries, settings.journalRetentionDays, now);
  const removed = entries.length - kept.length;
  if (removed > 0) await journalItem.setValue(kept);
  return removed;
}
