// Mozilla's add-on linter on the Firefox production build: fails on any error, and prints
// warnings so none stays unexplained (docs/web-ext-lint.md lists the accepted ones).
import { spawnSync } from 'node:child_process';

const run = spawnSync(
  'npx',
  ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json', '--no-config-discovery'],
  {
    encoding: 'utf8',
  },
);
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(run.stdout, run.stderr);
  console.error('web-ext lint did not produce a JSON report.');
  process.exit(1);
}
const { errors, warnings, notices } = report;
for (const item of [...errors, ...warnings]) {
  console.log(`${item._type}: ${item.code} — ${item.message} ${item.file ?? ''}`);
}
console.log(`web-ext lint: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
process.exit(errors.length === 0 ? 0 : 1);
