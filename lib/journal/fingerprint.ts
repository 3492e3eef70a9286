import { journalKeyItem } from '../platform/storage/items';

/**
 * Keyed fingerprints of identifiers: HMAC-SHA-256 with a random key generated once per
 * installation. The same identifier gives the same fingerprint on this installation only,
 * so the journal can answer "did we check this identifier?" without holding it, and a
 * leaked journal cannot be matched against a list of identifiers without the key.
 */

const ALGORITHM = { name: 'HMAC', hash: 'SHA-256' } as const;

/** Trim, drop inner spaces, upper-case: "1234 567a " and "1234567A" are the same person. */
export function normaliseIdentifier(identifier: string): string {
  return identifier.replace(/\s+/g, '').toUpperCase();
}

function toHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

let pendingKey: Promise<CryptoKey> | null = null;

async function loadOrCreateKey(): Promise<CryptoKey> {
  const stored = await journalKeyItem.getValue();
  if (stored) {
    return crypto.subtle.importKey('jwk', stored, ALGORITHM, false, ['sign']);
  }
  const key = await crypto.subtle.generateKey({ ...ALGORITHM, length: 256 }, true, ['sign']);
  const jwk = await crypto.subtle.exportKey('jwk', key);
  await journalKeyItem.setValue(jwk);
  return key;
}

/** The installation's key, created on first use; concurrent callers share one creation. */
export function getJournalKey(): Promise<CryptoKey> {
  pendingKey ??= loadOrCreateKey().catch((error: unknown) => {
    pendingKey = null;
    throw error;
  });
  return pendingKey;
}

/** Forgets the cached key (tests, or after the stored key was replaced). */
export function resetJournalKeyCache(): void {
  pendingKey = null;
}

/** Hex HMAC-SHA-256 of the normalised identifier. */
export async function fingerprintIdentifier(identifier: string): Promise<string> {
  const key = await getJournalKey();
  const data = new TextEncoder().encode(normaliseIdentifier(identifier));
  return toHex(await crypto.subtle.sign('HMAC', key, data));
}
