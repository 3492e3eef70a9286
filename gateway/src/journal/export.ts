/**
 * Journal exports for the DPO: CSV (RFC 4180: CRLF, quoted fields with doubled quotes) with
 * spreadsheet formulas neutralised, and JSON. Escaping and neutralising are lib/'s, one rule
 * shared with the extension's export.
 */
import { neutraliseCsvCell, toCsv } from '../../../lib/journal/core/csv';
import type { JournalEntry } from './entry';

/** The shared rule (lib/journal/core/csv.ts), under the name the gateway's tests know. */
export const neutraliseCell = neutraliseCsvCell;

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
  const rows = entries.map((entry) => EXPORT_COLUMNS.map((column) => String(entry[column] ?? '')));
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
