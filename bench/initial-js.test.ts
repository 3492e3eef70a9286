import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eagerScriptsOfHtml, initialJsOfPage, lazyPartsIn, staticImportsOf } from './initial-js';

describe('eagerScriptsOfHtml', () => {
  it('takes the module script and the modulepreload links, not stylesheets', () => {
    // Shape of .output/chrome-mv3/popup.html as WXT (vite/rolldown) writes it.
    const html = `<head>
      <script type="module" crossorigin src="/chunks/popup-DB9VFmkD.js"></script>
      <link rel="modulepreload" crossorigin href="/chunks/mount-CMLX0-ZR.js">
      <link rel="stylesheet" crossorigin href="/assets/mount-CrBUrwDg.css">
    </head>`;
    expect(eagerScriptsOfHtml(html)).toEqual(['/chunks/popup-DB9VFmkD.js', '/chunks/mount-CMLX0-ZR.js']);
  });
});

describe('staticImportsOf', () => {
  it('finds minified static imports and re-exports, never dynamic import()', () => {
    const code =
      'import{a as e,n as t}from"./mount-CMLX0-ZR.js";import"./side-effect.js";' +
      'import*as z from"./ns.js";export{x}from"./re.js";' +
      'const later=()=>import("./ics-Abc12345.js");const s="import";';
    expect(staticImportsOf(code)).toEqual(['./mount-CMLX0-ZR.js', './side-effect.js', './ns.js', './re.js']);
  });
});

describe('initialJsOfPage', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('follows static imports once each and leaves lazily loaded chunks out', () => {
    dir = mkdtempSync(join(tmpdir(), 'initial-js-'));
    mkdirSync(join(dir, 'chunks'));
    writeFileSync(join(dir, 'page.html'), '<script type="module" src="/chunks/page.js"></script>');
    const page = 'import{a}from"./shared.js";import("./lazy.js");';
    const shared = 'import"./page.js";export const a=1;';
    writeFileSync(join(dir, 'chunks/page.js'), page);
    writeFileSync(join(dir, 'chunks/shared.js'), shared);
    writeFileSync(join(dir, 'chunks/lazy.js'), 'x'.repeat(10_000));
    const measure = initialJsOfPage(dir, 'page.html');
    expect(measure.files).toEqual(['chunks/page.js', 'chunks/shared.js']);
    expect(measure.rawBytes).toBe(page.length + shared.length);
    expect(measure.gzipBytes).toBeGreaterThan(0);
  });

  it('says which file is missing when the build is incomplete', () => {
    dir = mkdtempSync(join(tmpdir(), 'initial-js-'));
    writeFileSync(join(dir, 'page.html'), '<script type="module" src="/chunks/gone.js"></script>');
    expect(() => initialJsOfPage(dir, 'page.html')).toThrow(/gone\.js, which does not exist: rebuild/);
  });
});

describe('lazyPartsIn', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names the heavy parts found in a page’s initial JS', () => {
    dir = mkdtempSync(join(tmpdir(), 'initial-js-'));
    writeFileSync(join(dir, 'a.js'), 'const c={ALLOWED_TAGS:[]};');
    writeFileSync(join(dir, 'b.js'), 'export const x=1;');
    expect(lazyPartsIn(dir, { files: ['a.js', 'b.js'], rawBytes: 0, gzipBytes: 0 })).toEqual([
      'sanitiser (DOMPurify)',
    ]);
    expect(lazyPartsIn(dir, { files: ['b.js'], rawBytes: 0, gzipBytes: 0 })).toEqual([]);
  });
});
