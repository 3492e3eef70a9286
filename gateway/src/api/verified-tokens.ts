/**
 * What this process learnt when it last verified an access token against the database: whose
 * token it is, the key it is bound to (cnf.jkt) and when it expires. Read ONLY while the
 * database cannot be reached, and ONLY by the routes that serve public data (the events), so
 * that an agent still sees the last copy of the events with its age. Such a request is checked
 * locally: the token must be one this process verified (an opaque token cannot be checked
 * otherwise), unexpired, and the proof must verify and be made with the bound key. What is NOT
 * checked then: a revocation made since (on any process), and a replay of the proof on another
 * process (this process refuses a proof it has seen). Nothing here is shared state: each
 * process has its own memory, lost at restart, and the database stays the only authority.
 */
import type { ApiCaller } from './auth';

export interface RememberedToken {
  caller: ApiCaller;
  jkt: string;
  /** Epoch ms after which the token is expired. */
  expiresAt: number;
}

/** Enough for every agent of a large organisation; the oldest is forgotten first. */
const MAX_TOKENS = 10_000;
const MAX_PROOFS = 50_000;

export interface VerifiedTokens {
  remember(tokenHash: string, token: RememberedToken): void;
  forget(tokenHash: string): void;
  /** The token if this process verified it and it has not expired. */
  find(tokenHash: string, now?: number): RememberedToken | undefined;
  /** True the first time this process sees the proof (replays across processes are not seen). */
  firstUse(proofId: string, expiresAt: number, now?: number): boolean;
  readonly size: number;
}

export function createVerifiedTokens(limits = { tokens: MAX_TOKENS, proofs: MAX_PROOFS }): VerifiedTokens {
  const tokens = new Map<string, RememberedToken>();
  const proofs = new Map<string, number>();

  const bounded = <V>(map: Map<string, V>, max: number) => {
    while (map.size > max) {
      const oldest = map.keys().next();
      if (oldest.done) break;
      map.delete(oldest.value);
    }
  };

  return {
    remember(tokenHash, token) {
      tokens.delete(tokenHash);
      tokens.set(tokenHash, token);
      bounded(tokens, limits.tokens);
    },
    forget(tokenHash) {
      tokens.delete(tokenHash);
    },
    find(tokenHash, now = Date.now()) {
      const token = tokens.get(tokenHash);
      if (!token) return undefined;
      if (token.expiresAt <= now) {
        tokens.delete(tokenHash);
        return undefined;
      }
      return token;
    },
    firstUse(proofId, expiresAt, now = Date.now()) {
      for (const [id, until] of proofs) {
        if (until > now) break;
        proofs.delete(id);
      }
      if (proofs.has(proofId)) return false;
      proofs.set(proofId, expiresAt);
      bounded(proofs, limits.proofs);
      return true;
    },
    get size() {
      return tokens.size;
    },
  };
}
