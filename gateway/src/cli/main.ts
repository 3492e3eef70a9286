/**
 * The gateway's command line (also the production build's entry point, gateway/dist/main.mjs):
 *   gateway serve   --config FILE   start (pending migrations are applied first)
 *   gateway migrate --config FILE   apply pending migrations, then exit
 *   gateway check   --config FILE   validate the configuration and its secrets, then exit
 *   gateway journal-verify|journal-purge --config FILE   (part 2: cli/journal-command.ts)
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfigFile } from '../config/load';
import { migrateToLatest } from '../db/migrate';
import { openDatabase } from '../db/open';
import { runJournalCommand } from './journal-command';
import { unsupportedNodeMessage } from './node-version';
import { serveUntilStopped } from './serve';

const USAGE = `Usage: gateway <serve|migrate|check> --config FILE

  serve     start the gateway (applies pending migrations first)
  migrate   apply pending database migrations and exit
  check     validate the configuration and the secrets it names, and exit
  journal-verify   verify every organisation's journal chain (exit 1 at the first break)
  journal-purge    run the journal's retention purge now

Secrets come from the environment variables the configuration names (NAME or NAME_FILE).
`;

async function main(argv: string[]): Promise<number> {
  const unsupported = unsupportedNodeMessage();
  if (unsupported) {
    process.stderr.write(unsupported);
    return 1;
  }
  const { values, positionals } = parseArgs({
    args: argv,
    options: { config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  const command = positionals[0];
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  if (
    !['serve', 'migrate', 'check', 'journal-verify', 'journal-purge'].includes(command) ||
    positionals.length > 1
  ) {
    process.stderr.write(`Unknown command "${positionals.join(' ')}".\n${USAGE}`);
    return 2;
  }
  if (!values.config) {
    process.stderr.write(`--config FILE is required.\n${USAGE}`);
    return 2;
  }
  const loaded = loadConfigFile(values.config);
  if (command === 'check') {
    process.stdout.write(`${loaded.file}: valid (${loaded.config.organisations.length} organisation(s)).\n`);
    return 0;
  }
  if (command === 'journal-verify' || command === 'journal-purge') {
    return runJournalCommand(command === 'journal-verify' ? 'verify' : 'purge', loaded);
  }
  if (command === 'migrate') {
    const database = await openDatabase(loaded.config.database, loaded.secrets);
    try {
      const applied = await migrateToLatest(database.db);
      process.stdout.write(
        applied.length
          ? `Applied: ${applied.join(', ')} (${database.description}).\n`
          : `Up to date (${database.description}).\n`,
      );
    } finally {
      await database.close();
    }
    return 0;
  }
  await serveUntilStopped(loaded);
  return -1;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    const { code, message } = error as NodeJS.ErrnoException;
    process.stderr.write(`The gateway could not start: ${code ? `${code} ` : ''}${message}\n`);
    process.exit(1);
  },
);
