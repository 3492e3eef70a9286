import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The blank page the popup is compared with: an extension page with no script at all. */
export const BLANK_PAGE = 'bench-blank.html';
/** What the blank page shows; the timing waits for it as it waits for the first event row. */
export const BLANK_MARKER = '#bench-blank';

const BLANK_HTML = `<!doctype html>
<html lang="fr">
  <head><meta charset="utf-8"><title>Page vide</title></head>
  <body><p id="bench-blank">Page vide</p></body>
</html>
`;

/**
 * A temporary copy of the built extension with one extra, script-less page, so that the popup
 * and a blank page are measured in the same extension (same id: the manifest key is kept)
 * and in the same run. The product build itself ships no test page.
 */
export function copyWithBlankPage(build: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-bench-ext-'));
  cpSync(build, dir, { recursive: true });
  writeFileSync(join(dir, BLANK_PAGE), BLANK_HTML);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
