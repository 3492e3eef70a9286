/**
 * Opens the configured database: a pg pool on PostgreSQL, or PGlite in-process on a data
 * directory. Both speak PostgreSQL, so the same Kysely queries and migrations serve both.
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { GatewayConfig } from '../config/schema';
import type { Secrets } from '../config/secrets';
import type { Schema } from './schema';

export type Database = Kysely<Schema>;

export interface DatabaseHandle {
  db: Database;
  kind: 'postgres' | 'pglite';
  /** Where it is, without credentials: for the start banner and /ready. */
  description: string;
  close(): Promise<void>;
}

/** postgres://user:password@host:port/db → "PostgreSQL host:port/db". */
export function describePostgresUrl(url: string): string {
  const parsed = URL.parse(url);
  if (!parsed) return 'PostgreSQL';
  const host = parsed.hostname || parsed.searchParams.get('host') || 'local socket';
  return `PostgreSQL ${host}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
}

export function openPostgres(url: string, poolSize = 10): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  // A checked-out client (between two queries of a transaction) has no pool listener: its
  // 'error' event, when the server stops, was an uncaught exception that ended the process
  // (found by the resilience suite). The query in flight still fails, with its own error.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', description: describePostgresUrl(url), close: () => db.destroy() };
}

export async function openPglite(dataDir: string | undefined): Promise<DatabaseHandle> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir ? { dataDir } : {});
  const db = new Kysely<Schema>({ dialect: new PGliteDialect({ pglite: client }) });
  return {
    db,
    kind: 'pglite',
    description: dataDir ? `PGlite (embedded) in ${dataDir}` : 'PGlite (embedded, in memory)',
    close: () => db.destroy(),
  };
}

export async function openDatabase(
  config: GatewayConfig['database'],
  secrets: Secrets,
): Promise<DatabaseHandle> {
  return config.kind === 'postgres'
    ? openPostgres(secrets.get(config.url), config.poolSize)
    : openPglite(config.dataDir);
}
