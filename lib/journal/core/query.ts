import type { JournalEntry, JournalQuery } from './types';

/** Start of a `yyyy-MM-dd` day, or the instant itself, as epoch ms (local time zone). */
function boundary(value: string, endOfDay: boolean): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    return endOfDay
      ? new Date(year, month - 1, day + 1).getTime() - 1
      : new Date(year, month - 1, day).getTime();
  }
  return Date.parse(value);
}

/**
 * Filters the journal: `from`/`to` are inclusive (a bare date covers the whole day), motif
 * and outcome match exactly. Newest entries first, which is what an agent reads first.
 */
export function queryJournal(entries: readonly JournalEntry[], query: JournalQuery): JournalEntry[] {
  const from = query.from ? boundary(query.from, false) : -Infinity;
  const to = query.to ? boundary(query.to, true) : Infinity;
  // Reversed first: entries of the same instant then list the last recorded first.
  return [...entries]
    .reverse()
    .filter((entry) => {
      const at = Date.parse(entry.at);
      if (at < from || at > to) return false;
      if (query.motif && entry.motif !== query.motif) return false;
      if (query.outcome && entry.outcome !== query.outcome) return false;
      return true;
    })
    .sort((a, b) => b.at.localeCompare(a.at));
}

/** Entries about one identifier, by its fingerprint; newest first. */
export function entriesWithFingerprint(
  entries: readonly JournalEntry[],
  fingerprint: string,
): JournalEntry[] {
  return queryJournal(
    entries.filter((entry) => entry.fingerprint === fingerprint),
    {},
  );
}
