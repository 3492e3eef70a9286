// @vitest-environment node
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { describeCycle, folderCycles, folderGraph, importGraph } from './architecture.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const eslint = new ESLint({ cwd: ROOT });

/** The architecture messages ESLint gives a file that does not exist on disk, at `path`. */
async function problems(path: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('npm run lint refuses an import in the wrong direction, naming the rule and the fix', () => {
  it('lib/ importing the simulator', async () => {
    const found = await problems(
      'lib/events/probe.ts',
      "import { startSimulator } from '../../simulator/server';\nexport const start = startSimulator;\n",
    );
    expect(found).toEqual([
      expect.stringMatching(
        /^architecture\/product-not-simulator: .*\[architecture\/product-not-simulator\] Product code must not import the simulator.*Fix: /,
      ),
    ]);
  });

  it('lib/ importing components/', async () => {
    const found = await problems(
      'lib/status/probe.ts',
      "import { EmptyState } from '../../components/shell/EmptyState';\nexport const view = EmptyState;\n",
    );
    expect(found).toEqual([
      expect.stringMatching(/^architecture\/lib-not-ui: .*\[architecture\/lib-not-ui\].*Fix: /),
    ]);
  });

  it('a core/ module importing a non-core module, a browser package or a browser global', async () => {
    const found = await problems(
      'lib/events/core/probe.ts',
      [
        "import { refreshEventsOnce } from '../refresh';",
        "import { browser } from 'wxt/browser';",
        'export const both = [refreshEventsOnce, browser];',
        'export const here = () => document.title;',
        '',
      ].join('\n'),
    );
    expect(found).toEqual([
      expect.stringMatching(/^architecture\/core-imports-core: .*"\.\.\/refresh".*Fix: /),
      expect.stringMatching(/^no-restricted-imports: .*\[architecture\/core-imports-core\].*Fix: /),
      expect.stringMatching(
        /^no-restricted-globals: .*\[architecture\/core-imports-core\].*"document".*Fix: /,
      ),
    ]);
  });

  it('a core/ module importing zod and other core/ modules is fine', async () => {
    const found = await problems(
      'lib/status/core/probe.ts',
      [
        "import { z } from 'zod';",
        "import { ok } from '../../core/app-error';",
        "import type { EmploymentEvent } from '../../events/core/event';",
        'export const schema = z.string();',
        'export const value = ok(1);',
        'export type Event = EmploymentEvent;',
        '',
      ].join('\n'),
    );
    expect(found).toEqual([]);
  });

  it('the simulator and the gateway importing anything of lib/ but its core/', async () => {
    const simulator = await problems(
      'simulator/probe.ts',
      [
        "import { meeEvenementSchema } from '../lib/events/core/wire/mee';",
        "import { send } from '../lib/platform/http/http-client';",
        'export const both = [meeEvenementSchema, send];',
        '',
      ].join('\n'),
    );
    expect(simulator).toEqual([
      expect.stringMatching(
        /^architecture\/outside-uses-core: .*http-client.*\[architecture\/outside-uses-core\].*Fix: /,
      ),
    ]);
    const gateway = await problems(
      'gateway/probe.ts',
      "import { loadSettings } from '../lib/settings/settings-store';\nexport const load = loadSettings;\n",
    );
    expect(gateway).toEqual([expect.stringMatching(/^architecture\/outside-uses-core: /)]);
  });

  describe('an import cycle between files', () => {
    const dir = join(ROOT, 'lib', `cycle-probe-${process.pid}`);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('fails with the rule and its fix', async () => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b();\n");
      writeFileSync(join(dir, 'b.ts'), "import { a } from './a';\nexport const b = () => a();\n");
      const [result] = await eslint.lintFiles([join(dir, 'a.ts')]);
      expect(result?.messages.map((m) => `${m.ruleId}: ${m.message}`)).toEqual([
        expect.stringMatching(
          /^architecture\/no-cycle: Dependency cycle detected \[architecture\/no-cycle\].*Fix: /,
        ),
      ]);
    });
  });
}, 120_000);

describe('folder-level cycles (scripts/architecture.mjs, run by npm run lint)', () => {
  it('finds a circle of folders, type-only imports included, and names an import of each edge', () => {
    const graph = new Map([
      ['lib/a/x.ts', ['lib/b/y.ts']],
      ['lib/b/y.ts', ['lib/c/z.ts']],
      ['lib/c/z.ts', ['lib/a/w.ts']],
      ['lib/a/w.ts', []],
      ['lib/d/v.ts', ['lib/a/x.ts']],
    ]);
    const folders = folderGraph(graph);
    const cycles = folderCycles(folders);
    expect(cycles).toEqual([['lib/a', 'lib/b', 'lib/c']]);
    const message = describeCycle(cycles[0]!, folders);
    expect(message).toContain('[architecture/folder-cycle]');
    expect(message).toContain('lib/c/z.ts → lib/a/w.ts');
    expect(message).toContain('Fix:');
  });

  it('the product has none', () => {
    expect(folderCycles(folderGraph(importGraph()))).toEqual([]);
  });
});
