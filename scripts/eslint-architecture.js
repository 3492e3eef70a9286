/**
 * The dependency rules of the architecture (README.md, "Architecture"), for eslint.config.js.
 * Each rule is import-x's no-restricted-paths (or no-cycle) under a name of its own, so that
 * ESLint's output names the rule broken, and each message says how to fix the import.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules as importXRules } from 'eslint-plugin-import-x';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const at = (path) => resolve(ROOT, path);

/** Pure modules: `lib/core/` and every feature's `core/`. */
const CORE = `${ROOT}/lib/**/core/**`;
// *.test-support.ts: helpers shared by several test files, held to the tests' rules.
const TESTS = ['**/*.test.ts', '**/*.test.tsx', '**/*.test-support.ts'];
/** The gateway's test harness (it starts the simulator, like the e2e harness does). */
const GATEWAY_TEST_SUPPORT = ['gateway/test/**'];
/**
 * The demo launcher of `npm run gateway` starts the simulator in-process when none answers,
 * as scripts/demo.ts does for the extension: wiring of the demo, not product logic.
 */
const DEMO_WIRING = ['gateway/src/cli/demo.ts'];
/**
 * Portable modules: the HTTP-level upstream clients, fetch only, no browser API (a rule below
 * keeps them so). The gateway reuses them instead of copying the upstream APIs' paths and
 * error handling; api-access.ts is imported for its types only (ApiAccess, ApiCall).
 */
const PORTABLE = [
  `${ROOT}/lib/platform/http/**`,
  // (exceptions must be globs when `from` is: `@(…)` matches the one file)
  `${ROOT}/lib/events/@(client.ts)`,
  `${ROOT}/lib/status/@(clients.ts)`,
  `${ROOT}/lib/platform/auth/@(api-access.ts)`,
];
const BROWSER_GLOBALS = [
  'browser',
  'chrome',
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'indexedDB',
];

/** A rule with its messages extended by a fix, so no-cycle says what to do too. */
function withHint(rule, hint) {
  const messages = Object.fromEntries(
    Object.entries(rule.meta.messages ?? {}).map(([id, text]) => [id, `${text} ${hint}`]),
  );
  return { ...rule, meta: { ...rule.meta, messages } };
}

const restrictedPaths = importXRules['no-restricted-paths'];

export const architecture = {
  meta: { name: 'architecture' },
  rules: {
    'no-cycle': withHint(
      importXRules['no-cycle'],
      '[architecture/no-cycle] Modules must not import each other in a circle. Fix: move what both need into a lower module (a pure piece into core/), or pass it in from the composition root (lib/background/).',
    ),
    'lib-not-ui': restrictedPaths,
    'product-not-simulator': restrictedPaths,
    'core-imports-core': restrictedPaths,
    'outside-uses-core': restrictedPaths,
  },
};

const zones = (list) => ['error', { basePath: ROOT, zones: list }];

export const architectureRules = [
  {
    files: ['**/*.{ts,tsx,mts,js,mjs}'],
    rules: {
      'architecture/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['lib/**'],
    rules: {
      'architecture/lib-not-ui': zones([
        {
          target: at('lib'),
          from: [at('components'), at('entrypoints')],
          message:
            '[architecture/lib-not-ui] lib/ is the non-UI code: it must not import components/ or entrypoints/. Fix: move the shared piece into lib/ and import it from the component.',
        },
      ]),
    },
  },
  {
    files: ['lib/**', 'components/**', 'entrypoints/**', 'gateway/**'],
    ignores: [...TESTS, ...GATEWAY_TEST_SUPPORT, ...DEMO_WIRING],
    rules: {
      'architecture/product-not-simulator': zones([
        {
          target: [at('lib'), at('components'), at('entrypoints'), at('gateway')],
          from: at('simulator'),
          message:
            '[architecture/product-not-simulator] Product code must not import the simulator (a test may). Fix: define the value once under lib/**/core/ (the demo preset is in lib/settings/core/) and let the simulator import it from there.',
        },
      ]),
    },
  },
  {
    files: ['lib/**/core/**'],
    ignores: TESTS,
    rules: {
      'architecture/core-imports-core': zones([
        {
          target: CORE,
          from: [`${ROOT}/**`],
          except: [CORE, '**/node_modules/**'],
          message:
            '[architecture/core-imports-core] A core/ module runs in the browser and on a server: it imports only other core/ modules and zod. Fix: move the imported piece into a core/ folder, or move this module out of core/.',
        },
      ]),
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod(/|$)|\\.)',
              message:
                '[architecture/core-imports-core] A core/ module imports only other core/ modules and zod (no wxt, webextension-polyfill, React, DOM library nor Node module). Fix: move the code that needs this package out of core/.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'browser',
          'chrome',
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'location',
          'fetch',
        ].map((name) => ({
          name,
          message: `[architecture/core-imports-core] A core/ module uses no browser API nor I/O ("${name}"). Fix: do it outside core/ and pass the result in.`,
        })),
      ],
    },
  },
  {
    files: ['simulator/**', 'gateway/**'],
    rules: {
      'architecture/outside-uses-core': zones([
        {
          target: [at('simulator'), at('gateway')],
          from: [`${ROOT}/lib/**`, `${ROOT}/components/**`, `${ROOT}/entrypoints/**`],
          except: [CORE],
          message:
            '[architecture/outside-uses-core] The simulator and the gateway run on a server: they may import only lib/**/core/** (pure modules). Fix: move the piece they need into a core/ folder, free of browser APIs.',
        },
      ]),
    },
  },
  {
    // The gateway may also reuse the portable upstream clients (see PORTABLE).
    files: ['gateway/**'],
    rules: {
      'architecture/outside-uses-core': zones([
        {
          target: at('gateway'),
          from: [`${ROOT}/lib/**`, `${ROOT}/components/**`, `${ROOT}/entrypoints/**`],
          except: [CORE, ...PORTABLE],
          message:
            '[architecture/outside-uses-core] The gateway runs on a server: it may import only lib/**/core/** (pure modules) and the portable upstream clients (lib/platform/http/, lib/events/client.ts, lib/status/clients.ts). Fix: move the piece it needs into a core/ folder, free of browser APIs.',
        },
      ]),
    },
  },
  {
    files: ['lib/platform/http/**', 'lib/events/client.ts', 'lib/status/clients.ts'],
    ignores: TESTS,
    rules: {
      'no-restricted-globals': [
        'error',
        ...BROWSER_GLOBALS.map((name) => ({
          name,
          message: `[architecture/portable-no-browser] This module also runs on the gateway (Node): no browser API ("${name}"). Fix: do it in a background module and pass the result in.`,
        })),
      ],
    },
  },
];
