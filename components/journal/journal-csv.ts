import { toCsv, type CsvSeparator } from '../../lib/journal/core/csv';
import { journalRows } from '../../lib/journal/core/export-rows';
import type { JournalEntry } from '../../lib/journal/core/types';
import type { JournalMessages } from '../../lib/i18n/messages/journal';
import { outcomeText } from '../../lib/journal/outcome-text';

/** Rows the view shows (or the old local journal) as a CSV document, in the interface's words. */
export function journalCsv(
  entries: readonly JournalEntry[],
  j: JournalMessages,
  separator: CsvSeparator,
): string {
  const rows = journalRows(entries, {
    headers: j.table,
    mode: (mode) => (mode ? j.modes[mode] : ''),
    outcome: (entry) => outcomeText(entry, j),
  });
  return toCsv(rows, separator);
}
