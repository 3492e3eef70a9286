/**
 * Journal exports for the DPO: CSV (RFC 4180: CRLF, quoted fields with doubled quotes) with
 * spreadsheet formulas neutralised, and JSON. The CSV escaping is lib/'s (shared with the
 * extension's export); neutralising is added here because the file leaves for a spreadsheet.
 */
import { toCsv } from '../../../lib/journal/core/csv';
import type { JournalEntry } from './entry';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP advice). */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export const EXPORT_COLUMNS = [
  'seq',
  'id',
  'at',
  'kind',
  'agentId',
  'mode',
  'motif',
  'caseReference',
  'fingerprint',
  'checkId',
  'outcome',
  'errorCode',
  'detail',
  'prevHash',
  'hash',
] as const satisfies readonly (keyof JournalEntry)[];

export function journalToCsv(entries: readonly JournalEntry[]): string {
  const rows = entries.map((entry) =>
    EXPORT_COLUMNS.map((column) => neutraliseCell(String(entry[column] ?? ''))),
  );
  return toCsv([[...EXPORT_COLUMNS], ...rows]);
}

export function journalToJson(organisationId: string, exportedAt: string, entries: readonly JournalEntry[]) {
  return {
    organisationId,
    exportedAt,
    count: entries.length,
    entries: entries.map((entry) => Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, entry[c]]))),
  };
}
