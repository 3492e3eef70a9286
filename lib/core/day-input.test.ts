import { describe, expect, it } from 'vitest';
import { formatTypedDay, parseTypedDay } from './day-input';

describe('typed days', () => {
  it.each([
    ['15/03/2026', '2026-03-15'],
    ['1/3/2026', '2026-03-01'],
    [' 15.03.2026 ', '2026-03-15'],
    ['15-03-2026', '2026-03-15'],
    ['29/02/2028', '2028-02-29'],
  ])('reads %j as %s', (text, day) => {
    expect(parseTypedDay(text)).toBe(day);
  });

  it.each(['31/02/2026', '29/02/2027', '15/13/2026', '2026-03-15', '15/03/26', 'demain', ''])(
    'refuses %j',
    (text) => {
      expect(parseTypedDay(text)).toBeNull();
    },
  );

  it('writes a day back as the agent types it', () => {
    expect(formatTypedDay('2026-03-15')).toBe('15/03/2026');
    expect(formatTypedDay('')).toBe('');
    expect(formatTypedDay('15/03/2026')).toBe('');
  });
});
