import { defineConfig } from 'vitest/config';

// The gateway's tests, in Node, against a real PostgreSQL (a throw-away cluster started by the
// global setup) and PGlite. `npm test` runs them as their own step (scripts/test-all.mjs).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['gateway/**/*.test.ts'],
    // The resilience suite has its own configuration (vitest.resilience.config.ts).
    exclude: ['gateway/test/resilience/**', '**/node_modules/**'],
    globalSetup: ['gateway/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    restoreMocks: true,
  },
});
