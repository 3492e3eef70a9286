// `npm test`: every test of the project, in order, stopping at the first failing step.
// 1. typecheck and lint; 2. unit and component tests; 3. the gateway's tests against a real
// PostgreSQL and PGlite, then its resilience and security suite; 4. builds (Chrome, Firefox,
// the Firefox test build, store zips);
// 5. web-ext lint; 6. end to end in Chromium and Firefox.
import { spawnSync } from 'node:child_process';
import { ensureDependencies } from './bootstrap.mjs';
import { ensureRuntime } from './runtime.mjs';
import { ensureBrowsers } from './ensure-browsers.mjs';
import { ensurePostgres } from './ensure-postgres.mjs';

ensureRuntime();
ensureDependencies();

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['unit and component tests', 'npx', ['vitest', 'run']],
  ['gateway tests (PostgreSQL and PGlite)', 'npx', ['vitest', 'run', '--config', 'vitest.gateway.config.ts']],
  [
    'gateway resilience and security suite (PostgreSQL)',
    'npx',
    ['vitest', 'run', '--config', 'vitest.resilience.config.ts'],
  ],
  ['build (Chrome MV3, Firefox, zips)', 'npm', ['run', '--silent', 'build']],
  [
    'build (Firefox test build)',
    'npx',
    ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e'],
    { GUICHET_TEST_BUILD: '1' },
  ],
  ['web-ext lint (Firefox build)', 'node', ['scripts/web-ext-lint.mjs']],
  ['end to end (Chromium, Firefox)', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts']],
];

const only = process.argv.slice(2);
const results = [];
for (const [name, command, args, env] of steps) {
  if (only.length && !only.some((word) => name.includes(word))) continue;
  if (name.startsWith('end to end')) ensureBrowsers();
  if (name.startsWith('gateway')) {
    try {
      ensurePostgres();
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    }
  }
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push(`${run.status === 0 ? '✔' : '✘'} ${name} (${seconds} s)`);
  if (run.status !== 0) {
    console.error(`\n${results.join('\n')}\n\n✘ "${name}" failed.`);
    process.exit(run.status ?? 1);
  }
}
console.log(`\n${results.join('\n')}\n\nAll test steps passed.`);
