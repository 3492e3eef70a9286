import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_EXTENSION_ID } from './paths';

/**
 * A real enterprise policy for the extension, as an administration's IT would deploy it:
 * Debian's Chromium reads /etc/chromium/policies/managed/*.json when it starts. Writing there
 * needs root (as in CI); tests that need it skip otherwise.
 */
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

/** Whether this process may write the policy folder (created when missing). */
export function chromiumPolicyWritable(): boolean {
  try {
    mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
    accessSync(CHROMIUM_POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the extension's policy in a file of its own (`fileName`, unique per test file) for
 * the next Chromium launched; returns the function that removes it again.
 */
export function writeChromiumPolicy(fileName: string, policy: Record<string, unknown>): () => void {
  const file = join(CHROMIUM_POLICY_DIR, fileName);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: policy } } }));
  return () => rmSync(file, { force: true });
}
