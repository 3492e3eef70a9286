import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  endOfMonth,
  formatCalendarDate,
  formatInstant,
  formatTimestamp,
  isoWeekday,
  parisDay,
  parisParts,
} from './paris-time';

describe('Paris wall clock', () => {
  it('gives the Paris calendar day, not the UTC one, around midnight', () => {
    expect(parisDay('2025-07-14T22:30:00Z')).toBe('2025-07-15');
    expect(parisDay('2025-01-14T22:30:00Z')).toBe('2025-01-14');
    expect(parisDay('2025-01-14T23:30:00Z')).toBe('2025-01-15');
  });

  it('follows the spring-forward change (CET → CEST on 30 March 2025)', () => {
    expect(parisParts('2025-03-29T08:00:00Z')).toMatchObject({ day: 29, hour: 9 });
    expect(parisParts('2025-03-31T07:00:00Z')).toMatchObject({ day: 31, hour: 9 });
    // 01:59 UTC is 03:59 CEST: the hour 02:xx does not exist that night.
    expect(parisParts('2025-03-30T01:59:00Z')).toMatchObject({ hour: 3, minute: 59 });
  });

  it('does calendar arithmetic on days', () => {
    expect(addDays('2025-12-30', 3)).toBe('2026-01-02');
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-11-20', 3)).toBe('2026-02-20');
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(isoWeekday('2025-11-23')).toBe(7);
    expect(isoWeekday('2025-11-24')).toBe(1);
  });
});

describe('Paris formatters', () => {
  it('formats calendar dates without shifting them, "1er" in French', () => {
    expect(formatCalendarDate('2025-03-03', 'fr')).toBe('3 mars 2025');
    expect(formatCalendarDate('2025-03-01', 'fr')).toBe('1er mars 2025');
    expect(formatCalendarDate('2025-03-01', 'en')).toBe('1 March 2025');
    expect(formatInstant('2025-03-10T09:30:00.000Z', 'fr')).toBe('10 mars 2025 à 10:30');
  });

  it('writes timestamps for spreadsheets in Paris time', () => {
    expect(formatTimestamp('2025-03-03T13:05:09.000Z')).toBe('2025-03-03 14:05:09');
    expect(formatTimestamp('not a date')).toBe('not a date');
  });
});
