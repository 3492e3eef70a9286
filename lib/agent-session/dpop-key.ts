import { createStore, del, get, set, type UseStore } from 'idb-keyval';

/**
 * The agent's DPoP key pair (RFC 9449): ECDSA P-256 (ES256), its private key generated
 * NON-extractable, so that no script — not even the extension's own pages — can read it out;
 * it can only sign. A CryptoKey cannot be put in `storage.local` (JSON only), but IndexedDB
 * stores it by structured clone, still non-extractable: the key survives the service worker
 * being stopped and the browser being restarted, like the refresh token bound to it.
 */
const DB_NAME = 'guichet-emploi';
const STORE_NAME = 'dpop-keys';
const KEY_ID = 'agent';

let store: UseStore | undefined;
function keyStore(): UseStore {
  store ??= createStore(DB_NAME, STORE_NAME);
  return store;
}

export const DPOP_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;

function isKeyPair(value: unknown): value is CryptoKeyPair {
  const pair = value as Partial<CryptoKeyPair> | undefined;
  return (
    typeof pair === 'object' &&
    pair !== null &&
    pair.privateKey instanceof CryptoKey &&
    pair.publicKey instanceof CryptoKey &&
    pair.privateKey.algorithm.name === DPOP_ALGORITHM.name
  );
}

/** A fresh key pair, stored in place of the previous one (each sign-in gets its own key). */
export async function createDpopKey(): Promise<CryptoKeyPair> {
  const pair = await crypto.subtle.generateKey(DPOP_ALGORITHM, false, ['sign', 'verify']);
  await set(KEY_ID, pair, keyStore());
  return pair;
}

/** The stored key pair, if any (anything else found there is discarded). */
export async function loadDpopKey(): Promise<CryptoKeyPair | undefined> {
  const value: unknown = await get(KEY_ID, keyStore());
  if (value === undefined) return undefined;
  if (isKeyPair(value)) return value;
  await del(KEY_ID, keyStore());
  return undefined;
}

export async function deleteDpopKey(): Promise<void> {
  await del(KEY_ID, keyStore());
}

/** Tests: forget the cached connection (a new one opens the same database). */
export function resetDpopKeyStoreForTests(): void {
  store = undefined;
}
