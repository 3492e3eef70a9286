// Makes sure Debian's PostgreSQL server binaries are there for the gateway's tests (they start
// a throw-away cluster with initdb / pg_ctl). On a Debian machine as root, installs the
// `postgresql` package when missing; elsewhere, stops with the variable to set. Node built-ins only.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DEBIAN_ROOT = '/usr/lib/postgresql';

/** The bin directory of the newest PostgreSQL under /usr/lib/postgresql, or POSTGRES_BIN. */
export function findPostgresBin() {
  const explicit = process.env.POSTGRES_BIN;
  if (explicit) return existsSync(join(explicit, 'initdb')) ? explicit : undefined;
  if (!existsSync(DEBIAN_ROOT)) return undefined;
  const versions = readdirSync(DEBIAN_ROOT)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(DEBIAN_ROOT, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(DEBIAN_ROOT, versions[0], 'bin') : undefined;
}

export function ensurePostgres() {
  const found = findPostgresBin();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (!isRoot || !isDebian) {
    throw new Error(
      'PostgreSQL server binaries (initdb, pg_ctl) are missing for the gateway tests: install the ' +
        '`postgresql` package, or set POSTGRES_BIN to the directory holding initdb and pg_ctl.',
    );
  }
  console.log('Installing the Debian package postgresql (gateway tests)…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'postgresql'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = findPostgresBin();
  if (!installed)
    throw new Error('apt-get installed postgresql but no initdb was found under /usr/lib/postgresql');
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensurePostgres());
