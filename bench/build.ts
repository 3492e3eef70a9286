import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Builds the Chrome extension when its output is missing (or when asked to). */
export function ensureChromeBuild(root: string, force: boolean): string {
  const build = join(root, '.output/chrome-mv3');
  if (force || !existsSync(join(build, 'manifest.json'))) {
    console.error(`Building the Chrome extension (${force ? 'asked with --build' : 'no build found'})…`);
    const run = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) throw new Error(`"npx wxt build" failed with status ${run.status}.`);
  }
  return build;
}
