import { simulatorUpstreams } from '../../gateway/src/part2/upstreams';
import { createTestDatabase, type TestDatabase } from '../../gateway/test/databases';
import { startTestGateway, type TestGateway } from '../../gateway/test/harness';
import { startTestSimulator, type RunningSimulator } from './simulator';

/** The production path for a browser test: the simulator, a throw-away database, the real gateway. */
export interface GatewayStack {
  simulator: RunningSimulator;
  database: TestDatabase;
  gateway: TestGateway;
  /** Stops the gateway, drops the database, stops the simulator. */
  close(): Promise<void>;
}

/**
 * Starts the simulator (its ProConnect, FranceConnect and API Particulier), a database of the
 * given kind, and the gateway with the simulator as every upstream; `edit` changes the
 * gateway's configuration document before it is validated.
 */
export async function startGatewayStack(
  options: { database?: 'pglite' | 'postgres'; edit?: (document: Record<string, unknown>) => void } = {},
): Promise<GatewayStack> {
  const simulator = await startTestSimulator();
  const database = await createTestDatabase(options.database ?? 'pglite');
  const gateway = await startTestGateway({
    simulator,
    database,
    edit: (document) => {
      document.upstreams = simulatorUpstreams(simulator.url);
      options.edit?.(document);
    },
  });
  return {
    simulator,
    database,
    gateway,
    async close() {
      await gateway.close();
      await database.drop();
      await simulator.close();
    },
  };
}
