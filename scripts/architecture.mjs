/**
 * The folder-level dependency check of `npm run lint`: ESLint's import-x/no-cycle sees only
 * cycles of value imports between files; this sees every import (type-only and dynamic ones
 * included) and fails when folders depend on each other in a circle, naming the folders, one
 * import that closes each circle, and how to fix it.
 *
 * Run: `node scripts/architecture.mjs` (exit 1 on a cycle), `--json` for the figures.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The extension's code, whose folders must form no circle (the simulator's own layout is its business). */
export const CHECKED_DIRS = ['lib', 'components', 'entrypoints'];

const SOURCE = /\.(ts|tsx|mts)$/;
const IGNORED_DIRS = new Set(['node_modules', '.output', '.wxt', 'artifacts']);

function walk(dir, files = []) {
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir)) {
    if (IGNORED_DIRS.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, files);
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

function resolveSpecifier(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every relative import of the checked folders' files (tests excluded): file → files. */
export function importGraph(root = ROOT, dirs = CHECKED_DIRS) {
  const graph = new Map();
  for (const dir of dirs) {
    for (const file of walk(join(root, dir))) {
      if (/\.test\.tsx?$/.test(file)) continue;
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      const targets = [];
      for (const { fileName } of importedFiles) {
        if (!fileName.startsWith('.')) continue;
        const target = resolveSpecifier(file, fileName);
        if (target) targets.push(target);
      }
      graph.set(
        relative(root, file),
        targets.map((target) => relative(root, target)),
      );
    }
  }
  return graph;
}

/** The folder graph: folder → folder → one import that makes the edge (for the message). */
export function folderGraph(fileGraph) {
  const folders = new Map();
  for (const [file, targets] of fileGraph) {
    const from = dirname(file);
    if (!folders.has(from)) folders.set(from, new Map());
    for (const target of targets) {
      const to = dirname(target);
      if (to !== from && !folders.get(from).has(to)) folders.get(from).set(to, `${file} → ${target}`);
    }
  }
  return folders;
}

/** Strongly connected components of more than one folder (Tarjan), each sorted. */
export function folderCycles(folders) {
  let index = 0;
  const indices = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const visit = (node) => {
    indices.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of folders.get(node)?.keys() ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node), indices.get(next)));
      }
    }
    if (low.get(node) === indices.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const node of folders.keys()) if (!indices.has(node)) visit(node);
  return cycles.sort((a, b) => a[0].localeCompare(b[0]));
}

/** One message per cycle: the rule, the folders, the imports that close it, the fix. */
export function describeCycle(cycle, folders) {
  const members = new Set(cycle);
  const edges = [];
  for (const from of cycle) {
    for (const [to, example] of folders.get(from) ?? []) if (members.has(to)) edges.push(`    ${example}`);
  }
  return [
    `[architecture/folder-cycle] these folders import each other in a circle: ${cycle.join(', ')}`,
    ...edges,
    '  Fix: make the dependency point one way. Move what both sides need into the lower folder (a',
    '  pure piece into its core/), keep a result type beside the module that produces it, or pass',
    '  a function in from the composition root (lib/background/) instead of importing upward.',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = importGraph();
  const folders = folderGraph(files);
  const cycles = folderCycles(folders);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ files: files.size, folders: folders.size, cycles }, null, 2));
  }
  for (const cycle of cycles) console.error(describeCycle(cycle, folders));
  if (cycles.length > 0) {
    console.error(`\n${cycles.length} folder-level cycle(s): see the architecture map in README.md.`);
    process.exit(1);
  }
}
