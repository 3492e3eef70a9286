/** `tsx gateway/src/cli/journal.ts verify|purge --config FILE` (see journal-command.ts). */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfigFile } from '../config/load';
import { runJournalCommand } from './journal-command';

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
  process.exitCode = await runJournalCommand(command, loadConfigFile(values.config));
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).message}\n`);
  process.exitCode = 1;
}
