// Installs the project's dependencies when they are missing or older than the lockfile,
// so that `npm start` and `npm test` work as the only two commands on a fresh clone.
// Node built-ins only: this runs before node_modules exists.
import { existsSync, statSync } from 'node:fs';
import { npm } from './runtime.mjs';

export function ensureDependencies() {
  const marker = 'node_modules/.package-lock.json';
  const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
  if (!stale) return;
  console.log('▶ Installing dependencies (npm ci)…');
  const run = npm(['ci', '--no-audit', '--no-fund']);
  if (run.status !== 0) {
    console.error('npm ci failed: see the messages above.');
    process.exit(run.status ?? 1);
  }
}
