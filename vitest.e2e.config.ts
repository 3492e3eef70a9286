import { defineConfig } from 'vitest/config';

// End-to-end tests in real browsers (Debian's Chromium and Firefox ESR) against the
// simulator. Run by scripts/run-e2e.mjs after the builds; one file at a time, since each
// launches a browser and the machine has two cores. The global setup starts a throw-away
// PostgreSQL cluster for the files that run the real gateway on PostgreSQL.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
    retry: 0,
  },
});
