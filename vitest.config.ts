import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests. End-to-end tests (e2e/) run in real browsers through
// scripts/run-e2e.mjs, not here.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['{lib,components,simulator,entrypoints,scripts,bench}/**/*.test.{ts,tsx}'],
    setupFiles: ['./vitest.setup.ts'],
    restoreMocks: true,
    // Component tests type into real forms: on a shared 2-core machine under load, 5 s is not
    // enough for the longest (a timeout is not an assertion; the assertions stay as they are).
    testTimeout: 20_000,
  },
});
