/**
 * The two databases every storage test runs against: a fresh database in the real PostgreSQL
 * test cluster, and PGlite on a fresh data directory.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { DatabaseHandle } from '../src/db/open';
import { openPglite, openPostgres } from '../src/db/open';

export const DATABASE_KINDS = ['postgres', 'pglite'] as const;
export type DatabaseKind = (typeof DATABASE_KINDS)[number];

export interface TestDatabase {
  kind: DatabaseKind;
  /** For the gateway configuration: postgres URL, or PGlite data directory. */
  url?: string;
  dataDir?: string;
  open(): Promise<DatabaseHandle>;
  drop(): Promise<void>;
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject('postgresAdminUrl') });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'postgres') {
    const name = `gateway_${randomBytes(6).toString('hex')}`;
    await adminQuery(`create database ${name}`);
    const url = inject('postgresAdminUrl').replace(/\/postgres$/, `/${name}`);
    return {
      kind,
      url,
      open: async () => openPostgres(url, 5),
      drop: () => adminQuery(`drop database if exists ${name} with (force)`),
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'gateway-pglite-'));
  return {
    kind,
    dataDir,
    open: () => openPglite(dataDir),
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
