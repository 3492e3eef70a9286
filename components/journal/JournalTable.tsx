import type { JournalEntry } from '../../lib/journal/core/types';
import { formatInstant } from '../../lib/core/paris-time';
import { outcomeText } from '../../lib/journal/outcome-text';
import { useI18n } from '../shared/i18n';

/**
 * The journal entries as a table (newest first). In a narrow side panel (400 px) each row is
 * stacked as a card, each cell led by its column's name (journal.css, a container query), so
 * nothing scrolls sideways; wider, it is the plain table.
 */
export function JournalTable({ entries, caption }: { entries: JournalEntry[]; caption: string }) {
  const { t, language } = useI18n();
  const j = t.journal;
  const h = j.table;
  return (
    <div className="journal__table-wrap">
      <table className="journal__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{h.at}</th>
            <th scope="col">{h.agent}</th>
            <th scope="col">{h.mode}</th>
            <th scope="col">{h.motif}</th>
            <th scope="col">{h.caseReference}</th>
            <th scope="col">{h.outcome}</th>
            <th scope="col">{h.categoryCode}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td data-label={h.at}>
                <time dateTime={entry.at}>{formatInstant(entry.at, language)}</time>
              </td>
              <td data-label={h.agent}>{entry.agent ?? h.noAgent}</td>
              <td data-label={h.mode}>{entry.mode ? j.modes[entry.mode] : h.noMode}</td>
              <td data-label={h.motif}>{entry.motif}</td>
              <td data-label={h.caseReference}>{entry.caseReference}</td>
              <td data-label={h.outcome}>{outcomeText(entry, j)}</td>
              <td data-label={h.categoryCode}>{entry.categoryCode ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
