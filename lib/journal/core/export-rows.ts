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
  outcome: (outcome: JournalEntry['outcome']) => string;
}

const PARIS_FORMAT = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** "2025-03-03 14:05:09", Paris time: unambiguous and read as a date by spreadsheets. */
export function formatCsvInstant(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : PARIS_FORMAT.format(date);
}

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
      labels.outcome(entry.outcome),
      entry.errorCode ?? '',
      entry.categoryCode ?? '',
      entry.fingerprint ?? '',
    ]),
  ];
}
