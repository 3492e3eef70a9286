import type { Page } from 'playwright-core';
import { startSimulator, type RunningSimulator } from '../simulator/server';
import type { Result } from '../lib/core/app-error';
import type { RefreshSummary } from '../lib/platform/messaging/protocol';
import { sendProtocolMessage, writeUserSettings } from './messages';

export interface RefreshMeasure {
  summary: RefreshSummary;
  /** Wall time of the `refreshEvents` round trip, from the page's point of view. */
  elapsedMs: number;
  /** Calls the simulator's gateway quota saw (every events/salons request) and refused (429). */
  gatewayCalls: number;
  rateLimited: number;
}

/** Counts the simulator's quota decisions: how many calls, how many answered 429. */
function countQuota(simulator: RunningSimulator): { calls: () => number; refused: () => number } {
  const limiter = simulator.state.franceTravailLimiter;
  const take = limiter.take.bind(limiter);
  let calls = 0;
  let refused = 0;
  limiter.take = (key: string) => {
    const decision = take(key);
    calls += 1;
    if (!decision.allowed) refused += 1;
    return decision;
  };
  return { calls: () => calls, refused: () => refused };
}

/** Starts the simulator with the production quota (10 calls/s per client, as documented). */
export async function startBenchSimulator(): Promise<RunningSimulator> {
  return startSimulator({ port: 0, quiet: true });
}

/**
 * A forced refresh of the whole events list from the simulator, through the real background:
 * settings point at the simulator, `refreshEvents` runs every page request, the cache is written.
 */
export async function measureFullRefresh(page: Page, simulator: RunningSimulator): Promise<RefreshMeasure> {
  const quota = countQuota(simulator);
  await writeUserSettings(page, { environment: 'simulator', simulatorUrl: simulator.url });
  const started = performance.now();
  const result = await sendProtocolMessage<Result<RefreshSummary>>(page, 'refreshEvents', { force: true });
  const elapsedMs = performance.now() - started;
  if (!result.ok) {
    throw new Error(
      `The refresh failed with "${result.error.code}": ${JSON.stringify(result.error).slice(0, 300)}`,
    );
  }
  return { summary: result.value, elapsedMs, gatewayCalls: quota.calls(), rateLimited: quota.refused() };
}
