import { describe, expect, it } from 'vitest';
import { escapeCsvField, neutraliseCsvCell, toCsv } from './csv';
import { formatCsvInstant, journalRows, type JournalCsvLabels } from './export-rows';
import type { JournalEntry } from './types';

describe('CSV escaping (RFC 4180)', () => {
  it('leaves plain fields alone, accents included', () => {
    expect(escapeCsvField('Éloïse à Saint-Étienne')).toBe('Éloïse à Saint-Étienne');
  });

  it('quotes fields with quotes and doubles them', () => {
    expect(escapeCsvField('dit "urgent"')).toBe('"dit ""urgent"""');
  });

  it('quotes fields holding the separator, and only the chosen one', () => {
    expect(escapeCsvField('a,b')).toBe('"a,b"');
    expect(escapeCsvField('a;b')).toBe('a;b');
    expect(escapeCsvField('a;b', ';')).toBe('"a;b"');
    expect(escapeCsvField('a,b', ';')).toBe('a,b');
  });

  it('quotes fields with line breaks (LF, CRLF, CR)', () => {
    expect(escapeCsvField('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(escapeCsvField('a\r\nb')).toBe('"a\r\nb"');
    expect(escapeCsvField('a\rb')).toBe('"a\rb"');
  });

  it('writes a BOM, CRLF line ends and a final CRLF', () => {
    const csv = toCsv([
      ['Motif', 'Référence'],
      ['Aide; "sociale"', 'A,1\nB'],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFMotif,Référence\r\n"Aide; ""sociale""","A,1\nB"\r\n');
    expect(toCsv([['a;b', 'c']], ';')).toBe('\uFEFF"a;b";c\r\n');
  });

  it('encodes to UTF-8 with the EF BB BF byte-order mark', async () => {
    const bytes = new Uint8Array(await new Blob([toCsv([['é']])]).arrayBuffer());
    expect([...bytes.slice(0, 5)]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xa9]);
  });
});

describe('formula neutralisation (CSV injection)', () => {
  it('prefixes an apostrophe to cells starting with =, +, -, @, tab or CR, and to those only', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(neutraliseCsvCell(`${start}1`)).toBe(`'${start}1`);
    for (const plain of ['D-12', '1+1', 'a@b.fr', ' =1', '', '2025-03-03 14:05:09'])
      expect(neutraliseCsvCell(plain)).toBe(plain);
  });

  it('neutralises every cell of a document before quoting it', () => {
    const csv = toCsv([['=HYPERLINK("http://x")', '@SUM(A1)', '\rCR', '-2', 'ok']]);
    expect(csv).toBe(`\uFEFF"'=HYPERLINK(""http://x"")",'@SUM(A1),"'\rCR",'-2,ok\r\n`);
  });
});

describe('journal rows', () => {
  const labels: JournalCsvLabels = {
    headers: {
      at: 'Date et heure',
      agent: 'Agent',
      mode: 'Mode',
      motif: 'Motif',
      caseReference: 'Référence du dossier',
      outcome: 'Résultat',
      errorCode: 'Code d’erreur',
      categoryCode: 'Catégorie',
      fingerprint: 'Empreinte',
    },
    mode: (mode) => (mode === 'franceconnect' ? 'FranceConnect' : 'Identifiant'),
    outcome: (e) => `R:${e.outcome}`,
  };
  const entry: JournalEntry = {
    id: 'x',
    at: '2025-03-03T13:05:09.000Z',
    agent: null,
    mode: 'identifiant',
    motif: 'Tarification sociale (transport, cantine, loisirs)',
    caseReference: 'D-1',
    outcome: 'registered',
    errorCode: null,
    categoryCode: '1',
    fingerprint: 'ab'.repeat(32),
  };

  it('formats instants in Paris time', () => {
    expect(formatCsvInstant('2025-03-03T13:05:09.000Z')).toBe('2025-03-03 14:05:09');
    expect(formatCsvInstant('2025-07-01T22:30:00.000Z')).toBe('2025-07-02 00:30:00');
  });

  it('has a header row then one row per entry, and survives a round trip through the CSV', () => {
    const rows = journalRows([entry], labels);
    expect(rows[0]?.[0]).toBe('Date et heure');
    expect(rows[1]).toEqual([
      '2025-03-03 14:05:09',
      '',
      'Identifiant',
      entry.motif,
      'D-1',
      'R:registered',
      '',
      '1',
      entry.fingerprint,
    ]);
    expect(toCsv(rows)).toContain('"Tarification sociale (transport, cantine, loisirs)"');
  });
});
