import type { JournalEntry } from '../../lib/journal/core/types';
import { formatInstant } from '../../lib/core/paris-time';
import { outcomeText } from '../../lib/journal/outcome-text';
import { useI18n } from '../shared/i18n';

/** The journal entries as a table (newest first). */
export function JournalTable({ entries, caption }: { entries: JournalEntry[]; caption: string }) {
  const { t, language } = useI18n();
  const j = t.journal;
  return (
    // Scrolls sideways in a narrow side panel: focusable, and named, so the keyboard reaches it.
    <div className="journal__table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="journal__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{j.table.at}</th>
            <th scope="col">{j.table.agent}</th>
            <th scope="col">{j.table.mode}</th>
            <th scope="col">{j.table.motif}</th>
            <th scope="col">{j.table.caseReference}</th>
            <th scope="col">{j.table.outcome}</th>
            <th scope="col">{j.table.categoryCode}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.at}>{formatInstant(entry.at, language)}</time>
              </td>
              <td>{entry.agent ?? j.table.noAgent}</td>
              <td>{j.modes[entry.mode]}</td>
              <td>{entry.motif}</td>
              <td>{entry.caseReference}</td>
              <td>{outcomeText(entry, j)}</td>
              <td>{entry.categoryCode ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
