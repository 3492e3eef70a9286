/**
 * The journal's operator commands, shared by `gateway journal-verify|journal-purge` (the
 * production build) and `tsx gateway/src/cli/journal.ts`. `verify` checks every organisation's
 * hash chain (exit 1 at the first break); `purge` runs the retention purge and the expiry of
 * abandoned FranceConnect flows now, as every process does hourly. Output: counts and
 * positions, never an entry's content.
 */
import type { LoadedConfig } from '../config/load';
import { openDatabase } from '../db/open';
import { verifyJournal } from '../journal/store';
import { createLogger } from '../log/logger';
import { part2Context } from '../part2/from-part1';
import { runMaintenance } from '../part2/maintenance';

export async function runJournalCommand(command: 'verify' | 'purge', loaded: LoadedConfig): Promise<number> {
  const database = await openDatabase(loaded.config.database, loaded.secrets);
  try {
    if (command === 'verify') {
      let broken = false;
      for (const org of loaded.config.organisations) {
        const report = await verifyJournal(database.db, org.id);
        broken ||= !report.ok;
        process.stdout.write(`${JSON.stringify({ organisation: org.id, ...report })}\n`);
      }
      return broken ? 1 : 0;
    }
    const context = part2Context({ loaded, database, logger: createLogger('silent') });
    process.stdout.write(`${JSON.stringify(await runMaintenance(context))}\n`);
    return 0;
  } finally {
    await database.close();
  }
}
