/**
 * Scheduled maintenance of part 2, safe to run in every process at once: the retention purge
 * (whole expired months of each organisation's journal, through the purge function) and the
 * FranceConnect flows that never came back (journaled as timeouts, then removed), and the
 * checks a stopped process left open (journaled as interrupted; run at every start too).
 */
import { expireFranceConnectChecks } from '../checks/franceconnect-check';
import { INTERRUPTED_AFTER_MS, closeInterruptedChecks, purgeJournal } from '../journal/store';
import type { Part2Context } from './context';

export const MAINTENANCE_INTERVAL_MS = 60 * 60_000;
const DAY_MS = 86_400_000;

export interface MaintenanceReport {
  purged: Record<string, number>;
  expiredFlows: number;
  interruptedChecks: number;
}

export async function runMaintenance(
  context: Part2Context,
  now: Date = new Date(),
): Promise<MaintenanceReport> {
  const purged: Record<string, number> = {};
  for (const org of context.organisations.values()) {
    purged[org.id] = await purgeJournal(
      context.db,
      org.id,
      new Date(now.getTime() - org.journalDays * DAY_MS),
    );
  }
  return {
    purged,
    expiredFlows: await expireFranceConnectChecks(context.db, now),
    interruptedChecks: await closeInterruptedChecks(
      context.db,
      new Date(now.getTime() - INTERRUPTED_AFTER_MS),
      now,
    ),
  };
}

/** Starts the schedule (first run at once); returns its stop. Failures wait for the next run. */
export function scheduleMaintenance(context: Part2Context, onError: (error: unknown) => void): () => void {
  const run = () => void runMaintenance(context).catch(onError);
  const first = setTimeout(run, 1_000);
  // Again once the checks a stopped process left open are old enough to be closed.
  const second = setTimeout(run, INTERRUPTED_AFTER_MS + 2_000);
  const timer = setInterval(run, MAINTENANCE_INTERVAL_MS);
  first.unref();
  second.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearTimeout(second);
    clearInterval(timer);
  };
}
