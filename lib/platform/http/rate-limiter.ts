import { sleep } from './sleep';

export interface RateLimiter {
  /** Resolves when the next request may start (at most `perSecond` starts per second). */
  acquire(signal?: AbortSignal): Promise<void>;
}

/** Spaces request starts evenly: simple, and never bursts above the provider's quota. */
export function createRateLimiter(perSecond: number, now: () => number = Date.now): RateLimiter {
  const interval = 1000 / perSecond;
  let nextSlot = 0;
  return {
    async acquire(signal) {
      const current = now();
      const slot = Math.max(current, nextSlot);
      nextSlot = slot + interval;
      if (slot > current) await sleep(slot - current, signal);
    },
  };
}

/** Runs `task` over `items` with at most `limit` at a time; results keep the input order. */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
