import { existsSync } from 'node:fs';

/**
 * Finds Debian's browsers (never a downloaded one). CHROMIUM_PATH / FIREFOX_PATH point at
 * another install; scripts/ensure-browsers.mjs installs the Debian packages when missing.
 */
export function chromiumPath(): string {
  return findExecutable('CHROMIUM_PATH', ['/usr/bin/chromium', '/usr/bin/chromium-browser']);
}

/** Chromium's flags for the e2e harness and the bench: quiet, no first-run UI, in French. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--lang=fr-FR',
];

export function firefoxPath(): string {
  return findExecutable('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

function findExecutable(variable: string, candidates: string[]): string {
  const fromEnv = process.env[variable];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${variable}=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `No browser found at ${candidates.join(' or ')}. Install it (Debian: run "npm test" as root, ` +
        `or apt-get install chromium firefox-esr) or set ${variable} to its executable.`,
    );
  }
  return found;
}
