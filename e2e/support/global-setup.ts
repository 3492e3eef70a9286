/**
 * Vitest global setup of the e2e run: one throw-away PostgreSQL cluster (Debian's binaries,
 * gateway/test/postgres-cluster.ts) for the files that run the real gateway on PostgreSQL
 * (`createTestDatabase('postgres')` reads its URL), stopped at the end.
 */
import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from '../../gateway/test/postgres-cluster';

export default async function setup(project: TestProject): Promise<() => void> {
  const started = Date.now();
  const cluster = await startPostgresCluster();
  project.provide('postgresAdminUrl', cluster.adminUrl);
  process.stderr.write(`PostgreSQL test cluster on port ${cluster.port} (${Date.now() - started} ms)\n`);
  return () => cluster.stop();
}
