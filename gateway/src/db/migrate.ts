/**
 * Versioned migrations (Kysely's migrator: a lock, so that processes starting together apply
 * them once). Run at start and by `gateway migrate`.
 */
import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import type { MigrationResult } from 'kysely/migration';
import { MIGRATIONS } from './migrations';
import type { Schema } from './schema';

const TABLES = {
  migrationTableName: 'gateway_migrations',
  migrationLockTableName: 'gateway_migrations_lock',
};

function migrator(db: Kysely<Schema>): Migrator {
  return new Migrator({
    db: db as unknown as Kysely<unknown>,
    provider: { getMigrations: async () => ({ ...MIGRATIONS }) },
    ...TABLES,
  });
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly results: readonly MigrationResult[],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

/** Applies the pending migrations; returns the names applied now. */
export async function migrateToLatest(db: Kysely<Schema>): Promise<string[]> {
  const { error, results = [] } = await migrator(db).migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'the migration lock';
    throw new MigrationError(`Migration failed at ${failed}`, results, { cause: error });
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export interface MigrationState {
  applied: string[];
  pending: string[];
}

export async function migrationState(db: Kysely<Schema>): Promise<MigrationState> {
  const all = await migrator(db).getMigrations();
  return {
    applied: all.filter((m) => m.executedAt !== undefined).map((m) => m.name),
    pending: all.filter((m) => m.executedAt === undefined).map((m) => m.name),
  };
}
