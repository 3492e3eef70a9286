// `npm start`: the full demo. Builds the Chrome extension, then scripts/demo.ts starts the
// simulator, the organisation gateway (PGlite) and Chromium with the extension pointed at it.
import { spawn, spawnSync } from 'node:child_process';
import { ensureDependencies } from './bootstrap.mjs';
import { ensureRuntime } from './runtime.mjs';
import { ensureBrowsers } from './ensure-browsers.mjs';

ensureRuntime();
ensureDependencies();
ensureBrowsers(['CHROMIUM_PATH']);
const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
// tsx runs the TypeScript demo launcher (simulator + browser) in one process.
const demo = spawn('npx', ['tsx', 'scripts/demo.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
demo.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => demo.kill(signal));
