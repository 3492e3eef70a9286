#!/usr/bin/env node
/**
 * Renders public/logo.svg into the PNG icons the manifest lists (public/icon/<size>.png),
 * with Debian's Chromium (the one the tests use), so the icons stay the logo's exact pixels.
 * Run after changing the logo: `node scripts/generate-icons.mjs`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 96, 128];
const root = fileURLToPath(new URL('..', import.meta.url));
const svg = readFileSync(`${root}public/logo.svg`, 'utf8');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const body = `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`;
    await page.setContent(body);
    await page.screenshot({ path: `${root}public/icon/${size}.png`, omitBackground: true });
    await page.close();
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
