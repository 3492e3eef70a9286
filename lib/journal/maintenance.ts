import { browser } from 'wxt/browser';
import { purgeJournal } from './retention';

export const JOURNAL_PURGE_ALARM = 'journal-purge';
const ONE_DAY_MINUTES = 24 * 60;

/**
 * Purges expired journal entries now and once a day. An alarm, not a timer: the service
 * worker sleeps, the alarm wakes it. Register from the background's synchronous start.
 */
export function startJournalMaintenance(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === JOURNAL_PURGE_ALARM) void runPurge();
  });
  void browser.alarms
    .get(JOURNAL_PURGE_ALARM)
    .then((existing) => {
      // Recreating an existing alarm would postpone it at every wake-up.
      if (!existing) {
        return browser.alarms.create(JOURNAL_PURGE_ALARM, {
          periodInMinutes: ONE_DAY_MINUTES,
          delayInMinutes: ONE_DAY_MINUTES,
        });
      }
      return undefined;
    })
    .catch(() => undefined);
  void runPurge();
}

async function runPurge(): Promise<void> {
  try {
    await purgeJournal();
  } catch (error) {
    // The journal holds no personal data, but log the kind only, as everywhere.
    console.error(
      `[guichet-emploi] journal purge failed: ${error instanceof Error ? error.name : 'unknown'}`,
    );
  }
}
