import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The production Chrome build: the real thing under test. */
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
/** The Firefox test build (GUICHET_TEST_BUILD=1): its background opens the extension pages. */
export const FIREFOX_TEST_BUILD = join(ROOT, '.output/firefox-mv2-e2e');
/** Screenshots and dumps; ignored by git. */
export const ARTIFACTS = join(ROOT, 'artifacts/e2e');

export function artifactPath(name: string): string {
  if (!existsSync(ARTIFACTS)) mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

export const CHROME_EXTENSION_ID = 'elangemhemgkbajjllcmdnnfleoelhfk';
export const GECKO_ID = 'guichet-emploi@guichet-emploi.fr';
