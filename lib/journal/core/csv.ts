/**
 * CSV export of the journal. RFC 4180: CRLF line ends, fields with the separator, a quote,
 * CR or LF are quoted and their quotes doubled. UTF-8 with a byte-order mark so that a
 * spreadsheet opened in French reads accents right. RFC 4180 says comma; Excel in a French
 * locale splits on semicolons, so the separator is a choice (comma by default).
 *
 * Every export leaves for a spreadsheet, so every cell is neutralised here, once, for the
 * extension's exports and the gateway's alike (gateway/src/journal/export.ts).
 */
export type CsvSeparator = ',' | ';';

const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR)
 * gets a leading apostrophe, as OWASP advises against CSV injection.
 */
export function neutraliseCsvCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function escapeCsvField(value: string, separator: CsvSeparator = ','): string {
  const needsQuotes =
    value.includes(separator) || value.includes('"') || value.includes('\n') || value.includes('\r');
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows to a CSV document (header row included by the caller), BOM first, cells neutralised. */
export function toCsv(rows: readonly (readonly string[])[], separator: CsvSeparator = ','): string {
  const body = rows.map((row) =>
    row.map((field) => escapeCsvField(neutraliseCsvCell(field), separator)).join(separator),
  );
  return `${BOM}${body.join('\r\n')}\r\n`;
}
