import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files in name order (01-… first, 99-nothing-leaked last: it reads what the others left). */
class ByName extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
  }
}

// The gateway's resilience and security suite (issue 17): property tests over the OpenAPI
// document, hostile upstreams, who gets in, faults (database stopped, a process killed, 429
// storms), and what is left behind. One file at a time: several start processes and stop
// databases, and the last one scans what all of them left. `npm test` runs it as its own step.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['gateway/test/resilience/**/*.test.ts'],
    globalSetup: ['gateway/test/resilience/global-setup.ts'],
    fileParallelism: false,
    sequence: { sequencer: ByName },
    testTimeout: 180_000,
    hookTimeout: 180_000,
    restoreMocks: true,
  },
});
