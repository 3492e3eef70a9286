import { describe, expect, it } from 'vitest';
import { median, percentile } from './stats';
import { atMost, brokenBudgets, info, renderTable } from './table';

describe('median and percentile (nearest rank)', () => {
  it('gives the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('gives the value below which p % of the samples fall', () => {
    const samples = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(samples, 95)).toBe(19);
    expect(percentile(samples, 100)).toBe(20);
    expect(percentile([7], 95)).toBe(7);
  });

  it('refuses an empty sample, saying so', () => {
    expect(() => median([])).toThrow(/at least one sample/);
  });
});

describe('the table', () => {
  it('marks each figure against its budget and lists the broken ones', () => {
    const figures = [
      atMost('popup gzip', 85, 90, (n) => `${n} KB`),
      atMost('ratio', 2.7, 2.5, (n) => `${n}×`),
      info('heap at 50,000', '127 MB'),
    ];
    expect(brokenBudgets(figures).map((f) => f.figure)).toEqual(['ratio']);
    const table = renderTable(figures).split('\n');
    expect(table[0]).toMatch(/^\| figure\s+\| value\s+\| budget\s+\| ok \|$/);
    expect(table[2]).toMatch(/\| 85 KB\s+\| ≤ 90 KB\s+\| ✔\s+\|$/);
    expect(table[3]).toContain('✘');
    expect(table[4]).toContain('| —');
  });
});
