import { formatTimestamp } from '../../core/paris-time';
import type { JournalEntry } from './types';

/** Column headers and value labels, from the UI catalogue (French by default). */
export interface JournalCsvLabels {
  headers: {
    at: string;
    agent: string;
    mode: string;
    motif: string;
    caseReference: string;
    outcome: string;
    errorCode: string;
    categoryCode: string;
    fingerprint: string;
  };
  mode: (mode: JournalEntry['mode']) => string;
  /** The outcome in words, with the reason of a failure. */
  outcome: (entry: Pick<JournalEntry, 'outcome' | 'errorCode'>) => string;
}

/** The instant of an entry as the export writes it (see formatTimestamp). */
export const formatCsvInstant = formatTimestamp;

/** The journal as table rows: a header row, then one row per entry. */
export function journalRows(entries: readonly JournalEntry[], labels: JournalCsvLabels): string[][] {
  const h = labels.headers;
  return [
    [h.at, h.agent, h.mode, h.motif, h.caseReference, h.outcome, h.errorCode, h.categoryCode, h.fingerprint],
    ...entries.map((entry) => [
      formatCsvInstant(entry.at),
      entry.agent ?? '',
      labels.mode(entry.mode),
      entry.motif,
      entry.caseReference,
      labels.outcome(entry),
      entry.errorCode ?? '',
      entry.categoryCode ?? '',
      entry.fingerprint ?? '',
    ]),
  ];
}
