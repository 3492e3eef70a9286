/**
 * `tsx gateway/src/cli/journal.ts verify|purge --config FILE`: the journal's commands for an
 * operator. `verify` checks every organisation's hash chain and exits 1 at the first break;
 * `purge` runs the retention purge (and the expiry of abandoned FranceConnect flows) now,
 * as the gateway does every hour. Reports hold counts and positions, never an entry's content.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfigFile } from '../config/load';
import { openDatabase } from '../db/open';
import { verifyJournal } from '../journal/store';
import { part2Context } from '../part2/from-part1';
import { runMaintenance } from '../part2/maintenance';
import { createLogger } from '../log/logger';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { config: { type: 'string' } },
});
const command = positionals[0];
if ((command !== 'verify' && command !== 'purge') || !values.config) {
  process.stderr.write('Usage: journal (verify | purge) --config FILE\n');
  process.exit(2);
}

try {
  const loaded = loadConfigFile(values.config);
  const database = await openDatabase(loaded.config.database, loaded.secrets);
  try {
    if (command === 'verify') {
      let broken = false;
      for (const org of loaded.config.organisations) {
        const report = await verifyJournal(database.db, org.id);
        broken ||= !report.ok;
        process.stdout.write(`${JSON.stringify({ organisation: org.id, ...report })}\n`);
      }
      process.exitCode = broken ? 1 : 0;
    } else {
      const context = part2Context({ loaded, database, logger: createLogger('silent') });
      process.stdout.write(`${JSON.stringify(await runMaintenance(context))}\n`);
    }
  } finally {
    await database.close();
  }
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).message}\n`);
  process.exitCode = 1;
}
