import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRateLimiter, mapWithConcurrency } from './rate-limiter';
import { parseRetryAfter } from './status-error';

afterEach(() => vi.useRealTimers());

describe('createRateLimiter', () => {
  it('spaces starts so that no second holds more than the quota', async () => {
    vi.useFakeTimers();
    const limiter = createRateLimiter(8);
    const starts: number[] = [];
    const all = Promise.all(
      Array.from({ length: 16 }, async () => {
        await limiter.acquire();
        starts.push(Date.now());
      }),
    );
    await vi.runAllTimersAsync();
    await all;
    const first = starts[0] ?? 0;
    for (const start of starts) {
      const inWindow = starts.filter((s) => s >= start && s < start + 1000).length;
      expect(inWindow).toBeLessThanOrEqual(8);
    }
    expect((starts[15] ?? 0) - first).toBeGreaterThanOrEqual(1800);
  });
});

describe('mapWithConcurrency', () => {
  it('never runs more than the limit at once and keeps the order of results', async () => {
    let running = 0;
    let peak = 0;
    const results = await mapWithConcurrency([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5 * (8 - n)));
      running -= 1;
      return n * 10;
    });
    expect(peak).toBe(3);
    expect(results).toEqual([10, 20, 30, 40, 50, 60, 70]);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and refuses garbage', () => {
    expect(parseRetryAfter('3')).toBe(3);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 0)).toBe(10);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });
});
