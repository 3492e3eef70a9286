import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * "Initial JavaScript" of an extension page: the module script its HTML loads, the chunks
 * it preloads, and recursively every chunk those import statically. Chunks reached only by
 * a dynamic `import()` load when a feature is used, so they do not count.
 */

/** Script and modulepreload URLs of a built HTML page, in document order. */
export function eagerScriptsOfHtml(html: string): string[] {
  const found: string[] = [];
  const tag = /<(script|link)\b([^>]*)>/gi;
  for (const match of html.matchAll(tag)) {
    const [, name, attributes = ''] = match;
    const attr = (key: string) => new RegExp(`\\b${key}\\s*=\\s*["']([^"']*)["']`, 'i').exec(attributes)?.[1];
    if (name?.toLowerCase() === 'script') {
      const src = attr('src');
      // A classic script with `defer`/`async` is still initial; only inline code has no src.
      if (src) found.push(src);
    } else if (attr('rel')?.toLowerCase() === 'modulepreload') {
      const href = attr('href');
      if (href) found.push(href);
    }
  }
  return found;
}

/**
 * Specifiers of the static imports and re-exports of a (minified) ES module:
 * `import x from"./a.js"`, `import"./b.js"`, `export{y}from"./c.js"` — never `import("./d.js")`.
 */
export function staticImportsOf(code: string): string[] {
  const specifiers = new Set<string>();
  const statement = /(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'`])([^"'`]+)\1/g;
  for (const match of code.matchAll(statement)) {
    const specifier = match[2];
    if (specifier && (specifier.startsWith('.') || specifier.startsWith('/'))) specifiers.add(specifier);
  }
  return [...specifiers];
}

export interface InitialJs {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

/** Resolves a script URL of the build (root-absolute or relative to the importing file). */
function resolveInBuild(root: string, fromFile: string, specifier: string): string {
  if (specifier.startsWith('/')) return join(root, specifier);
  return join(dirname(fromFile), ...specifier.split(posix.sep));
}

/** Every file reached from the entries through static imports, each counted once. */
export function measureInitialJs(root: string, entries: readonly string[]): InitialJs {
  const seen = new Set<string>();
  const queue = entries.map((entry) => resolveInBuild(root, join(root, 'index.html'), entry));
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    if (!existsSync(file)) throw new Error(`The build references ${file}, which does not exist: rebuild.`);
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const specifier of staticImportsOf(code)) queue.push(resolveInBuild(root, file, specifier));
  }
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of seen) {
    const bytes = readFileSync(file);
    rawBytes += bytes.length;
    // Each file is its own HTTP-less load: gzip per file, as a store package compresses it.
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: [...seen].map((file) => file.slice(root.length + 1)).sort(), rawBytes, gzipBytes };
}

/** Initial JS of an HTML page of the build (`popup.html`…). */
export function initialJsOfPage(root: string, htmlFile: string): InitialJs {
  const html = readFileSync(join(root, htmlFile), 'utf8');
  return measureInitialJs(root, eagerScriptsOfHtml(html));
}

/** Initial JS of the background: the manifest's service worker (MV3) or scripts (MV2). */
export function initialJsOfBackground(root: string): InitialJs {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string; scripts?: string[] };
  };
  const entries = manifest.background?.service_worker
    ? [manifest.background.service_worker]
    : (manifest.background?.scripts ?? []);
  if (entries.length === 0) throw new Error('The manifest declares no background script.');
  return measureInitialJs(
    root,
    entries.map((entry) => `/${entry}`),
  );
}

/** Heavy parts that must load only where used, each known by a string only its code holds. */
export const LAZY_PARTS: Record<string, string> = {
  'sanitiser (DOMPurify)': 'ALLOWED_TAGS',
  'calendar export (ics)': 'BEGIN:VCALENDAR',
  'commune index': 'Marseille',
  // The QR library of the printed hand-over (uqr): loaded when the agent prints.
  'QR codes (uqr)': 'maskPattern',
};

/** Which of the lazy parts a page's initial JS holds after all (an empty list is the goal). */
export function lazyPartsIn(root: string, measure: InitialJs): string[] {
  const code = measure.files.map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
  return Object.entries(LAZY_PARTS)
    .filter(([, marker]) => code.includes(marker))
    .map(([name]) => name);
}
