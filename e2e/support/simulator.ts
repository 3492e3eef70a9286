import { startSimulator } from '../../simulator/server';

export type RunningSimulator = Awaited<ReturnType<typeof startSimulator>>;

/**
 * Starts the simulator on a free port of 127.0.0.1 for one test file. The extension is
 * then pointed at it through its settings (see ExtensionSession.useSimulator).
 */
export async function startTestSimulator(
  options: Parameters<typeof startSimulator>[0] = {},
): Promise<RunningSimulator> {
  return startSimulator({ port: 0, quiet: true, ...options });
}
