import { describe, expect, it } from 'vitest';
import { entriesWithFingerprint, queryJournal } from './query';
import type { JournalEntry } from './types';

const entry = (id: string, at: string, over: Partial<JournalEntry> = {}): JournalEntry => ({
  id,
  at,
  agent: null,
  mode: 'identifiant',
  motif: 'A',
  caseReference: 'R',
  outcome: 'registered',
  errorCode: null,
  categoryCode: '1',
  fingerprint: null,
  ...over,
});

const entries = [
  entry('1', '2025-03-01T08:00:00.000Z', { motif: 'A' }),
  entry('2', '2025-03-02T23:30:00.000Z', { motif: 'B', outcome: 'not_found', fingerprint: 'f1' }),
  entry('3', '2025-03-05T10:00:00.000Z', { motif: 'A', outcome: 'error', fingerprint: 'f1' }),
];

describe('queryJournal', () => {
  it('returns everything newest first without filters', () => {
    expect(queryJournal(entries, {}).map((e) => e.id)).toEqual(['3', '2', '1']);
  });

  it('filters by motif and by outcome', () => {
    expect(queryJournal(entries, { motif: 'A' }).map((e) => e.id)).toEqual(['3', '1']);
    expect(queryJournal(entries, { outcome: 'not_found' }).map((e) => e.id)).toEqual(['2']);
  });

  it('treats bare dates as whole days, bounds included', () => {
    const ids = queryJournal(entries, { from: '2025-03-01', to: '2025-03-05' }).map((e) => e.id);
    expect(ids).toEqual(['3', '2', '1']);
    expect(queryJournal(entries, { from: '2025-03-06' })).toEqual([]);
  });

  it('accepts ISO instants as bounds', () => {
    const ids = queryJournal(entries, { from: '2025-03-02T00:00:00Z', to: '2025-03-03T00:00:00Z' });
    expect(ids.map((e) => e.id)).toEqual(['2']);
  });
});

describe('entriesWithFingerprint', () => {
  it('finds the entries of one fingerprint only', () => {
    expect(entriesWithFingerprint(entries, 'f1').map((e) => e.id)).toEqual(['3', '2']);
    expect(entriesWithFingerprint(entries, 'nope')).toEqual([]);
  });
});
