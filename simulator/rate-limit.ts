/** Per-second request quotas, per key (client id or token), as the real gateways apply them. */

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the next window. */
  retryAfter: number;
}

export class RateLimiter {
  readonly #windows = new Map<string, { second: number; count: number }>();

  constructor(
    readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): RateDecision {
    const second = Math.floor(this.now() / 1000);
    const window = this.#windows.get(key);
    const current = window && window.second === second ? window : { second, count: 0 };
    current.count += 1;
    this.#windows.set(key, current);
    const allowed = current.count <= this.perSecond;
    return {
      allowed,
      limit: this.perSecond,
      remaining: Math.max(this.perSecond - current.count, 0),
      retryAfter: 1,
    };
  }

  reset(): void {
    this.#windows.clear();
  }
}

/** France Travail gateway headers (documented with the 429). */
export function franceTravailRateHeaders(decision: RateDecision): Record<string, string> {
  return {
    'X-Ratelimit-Burst-Capacity-Clientidlimiter': String(decision.limit),
    'X-Ratelimit-Remaining-Clientidlimiter': String(decision.remaining),
  };
}
