/**
 * Vitest global setup of the gateway tests: one throw-away PostgreSQL cluster for the whole
 * run (each test file creates its own databases in it), stopped at the end; and the
 * production build, made once here for the tests that spawn it.
 */
import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from './postgres-cluster';
import { buildProductionBundle } from './processes';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const built = Date.now();
  buildProductionBundle();
  process.stderr.write(`Gateway production build (${Date.now() - built} ms)\n`);
  const started = Date.now();
  const cluster = await startPostgresCluster();
  project.provide('postgresAdminUrl', cluster.adminUrl);
  process.stderr.write(`PostgreSQL test cluster on port ${cluster.port} (${Date.now() - started} ms)\n`);
  return () => cluster.stop();
}
