/**
 * A throw-away PostgreSQL cluster from Debian's binaries: initdb in a temporary directory
 * (as the `postgres` user when we are root, since initdb refuses root), pg_ctl start on a free
 * loopback port with the socket in the same directory, stop and delete after.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs script of the repository (no types), also run by hand.
import { ensurePostgres } from '../../scripts/ensure-postgres.mjs';

export interface PostgresCluster {
  /** postgres://app@127.0.0.1:PORT/postgres (trust authentication, loopback only). */
  adminUrl: string;
  port: number;
  /** Stops the server (pg_ctl stop -m fast) and keeps its data, for fault tests. */
  pause(): void;
  /** Starts it again on the same port. */
  resume(): void;
  stop(): void;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function postgresUid(): { uid: number; gid: number } | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  if (!line) throw new Error('Running as root but there is no `postgres` user to run initdb as');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin: string = ensurePostgres();
  const dir = mkdtempSync(join(tmpdir(), 'gateway-pg-'));
  const owner = postgresUid();
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const run = (command: string, args: string[]) =>
    execFileSync(join(bin, command), args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(owner ? { uid: owner.uid, gid: owner.gid } : {}),
      env: { ...process.env, LC_ALL: 'C.UTF-8' },
    });
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'app', '-E', 'UTF8', '--no-instructions']);
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await freePort();
    const options = [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c max_connections=300',
      // A throw-away cluster: durability is not wanted, speed is.
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ].join(' ');
    try {
      const start = () =>
        run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
      start();
      return {
        adminUrl: `postgres://app@127.0.0.1:${port}/postgres`,
        port,
        pause: () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']),
        resume: start,
        stop() {
          try {
            run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
      };
    } catch (error) {
      lastError = error; // most likely the port was taken in between: try another
    }
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error('Could not start the throw-away PostgreSQL cluster', { cause: lastError });
}
