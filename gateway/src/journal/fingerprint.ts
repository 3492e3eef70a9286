/**
 * Keyed fingerprints of identifiers: HMAC-SHA-256 of the normalised identifier with the
 * organisation's key, which lives only in the gateway's environment. Without the key a
 * leaked journal cannot be matched against a list of identifiers; with another
 * organisation's key the same person gives another fingerprint.
 */
import { createHmac } from 'node:crypto';

/** At least 32 bytes of key: base64/base64url or hex text from the environment. */
export function parseJournalKey(text: string): Buffer {
  const trimmed = text.trim();
  const key =
    /^[0-9a-fA-F]+$/.test(trimmed) && trimmed.length % 2 === 0
      ? Buffer.from(trimmed, 'hex')
      : Buffer.from(trimmed, 'base64url');
  if (key.length < 32) throw new Error('The journal key must hold at least 32 bytes (64 hex characters)');
  return key;
}

/** `normalised` is the identifier after the shared rule (shared/identifier.ts). */
export function fingerprint(key: Buffer, normalised: string): string {
  return createHmac('sha256', key).update(normalised, 'utf8').digest('hex');
}
