/**
 * One central limiter per upstream credential, shared by every gateway process through the
 * database: a per-second window counted by one atomic upsert (on the database's clock, so
 * processes agree), and a block until the time an upstream 429 asked to wait. The credential
 * is keyed by a hash, never stored. A plain SQL counter rather than a library: it must run on
 * PGlite as on PostgreSQL, with the same queries, and it is one statement.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from '../db/open';
import { sleep } from '../../../lib/platform/http/sleep';

export interface LimitDecision {
  allowed: boolean;
  /** When not allowed: how long until a try can succeed. */
  retryAfterMs: number;
}

export function limiterKey(service: string, credential: string): string {
  return `${service}:${createHash('sha256').update(credential).digest('hex').slice(0, 32)}`;
}

export interface Limiter {
  take(key: string): Promise<LimitDecision>;
  /** Every process waits until now + seconds (upstream 429 `Retry-After`). */
  block(key: string, seconds: number): Promise<void>;
  /** Takes a slot, waiting up to `maxWaitMs`; else says how long to wait. */
  acquire(key: string, maxWaitMs: number): Promise<LimitDecision>;
}

export function createLimiter(db: Database, perSecond: number): Limiter {
  const take = async (key: string): Promise<LimitDecision> => {
    const result = await sql<{ count: number; now_ms: string; blocked_ms: string | null }>`
      insert into upstream_limits as l (key, window_start, count)
      values (${key}, date_trunc('second', clock_timestamp()), 1)
      on conflict (key) do update set
        count = case when l.window_start = excluded.window_start then l.count + 1 else 1 end,
        window_start = excluded.window_start
      returning count,
        (extract(epoch from clock_timestamp()) * 1000)::text as now_ms,
        (extract(epoch from blocked_until) * 1000)::text as blocked_ms`.execute(db);
    const row = result.rows[0];
    if (!row) throw new Error('The limiter upsert returned no row');
    const now = Number(row.now_ms);
    const blocked = row.blocked_ms === null ? 0 : Number(row.blocked_ms);
    if (blocked > now) return { allowed: false, retryAfterMs: Math.ceil(blocked - now) };
    if (Number(row.count) > perSecond) return { allowed: false, retryAfterMs: 1000 - (now % 1000) + 5 };
    return { allowed: true, retryAfterMs: 0 };
  };
  return {
    take,
    async block(key, seconds) {
      await sql`
        update upstream_limits
        set blocked_until = greatest(coalesce(blocked_until, clock_timestamp()), clock_timestamp() + make_interval(secs => ${seconds}))
        where key = ${key}`.execute(db);
    },
    async acquire(key, maxWaitMs) {
      const deadline = Date.now() + maxWaitMs;
      for (;;) {
        const decision = await take(key);
        if (decision.allowed) return decision;
        // A little jitter so waiting processes do not all come back on the same millisecond.
        const wait = decision.retryAfterMs + Math.floor(Math.random() * 50);
        if (Date.now() + wait > deadline) return decision;
        await sleep(wait);
      }
    },
  };
}
