/**
 * Starts one gateway process: database (migrated), organisations synced, HTTP listening.
 */
import type { AddressInfo } from 'node:net';
import type { GatewayApp } from './app-types';
import { buildApp } from './app';
import type { LoadedConfig } from './config/load';
import { purgeExpired, schedulePurge } from './db/maintenance';
import { migrateToLatest } from './db/migrate';
import type { DatabaseHandle } from './db/open';
import { openDatabase } from './db/open';
import type { Logger } from './log/logger';
import { createLogger } from './log/logger';
import { syncOrganisations } from './organisations/sync';

const PURGE_EVERY_MS = 10 * 60 * 1000;

export interface RunningGateway {
  app: GatewayApp;
  /** Where it listens (http://host:port), which may differ from config.publicUrl behind a proxy. */
  url: string;
  port: number;
  database: DatabaseHandle;
  close(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  /** Use this database instead of opening the configured one (tests share a PGlite). */
  database?: DatabaseHandle;
  /** Override config.listen.port (0: a free port). */
  port?: number;
}

export async function startGateway(
  loaded: LoadedConfig,
  options: StartOptions = {},
): Promise<RunningGateway> {
  const { config } = loaded;
  const logger = options.logger ?? createLogger(config.log.level);
  const database = options.database ?? (await openDatabase(config.database, loaded.secrets));
  try {
    const applied = await migrateToLatest(database.db);
    if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');
    await syncOrganisations(database.db, config.organisations);
    await purgeExpired(database.db);
    const app = await buildApp({ loaded, database, logger });
    const stopPurge = schedulePurge(database.db, PURGE_EVERY_MS, (error) =>
      logger.warn({ err: error }, 'purge of expired rows failed'),
    );

    await app.listen({ host: config.listen.host, port: options.port ?? config.listen.port });
    const { port } = app.server.address() as AddressInfo;
    const host = config.listen.host.includes(':') ? `[${config.listen.host}]` : config.listen.host;
    return {
      app,
      url: `http://${host}:${port}`,
      port,
      database,
      async close() {
        stopPurge();
        await app.close();
        if (!options.database) await database.close();
      },
    };
  } catch (error) {
    if (!options.database) await database.close().catch(() => undefined);
    throw error;
  }
}
