import { describe, expect, it } from 'vitest';
import type { ApiCaller } from './auth';
import { createVerifiedTokens } from './verified-tokens';

const caller = { role: 'agent' } as unknown as ApiCaller;

describe('the process’s memory of verified tokens (for an outage of the database only)', () => {
  it('forgets a token at its expiry, when told, and the oldest beyond its bound', () => {
    const tokens = createVerifiedTokens({ tokens: 2, proofs: 10 });
    tokens.remember('a', { caller, jkt: 'k', expiresAt: 1_000 });
    expect(tokens.find('a', 999)?.jkt).toBe('k');
    expect(tokens.find('a', 1_000)).toBeUndefined();
    tokens.remember('b', { caller, jkt: 'k', expiresAt: 5_000 });
    tokens.forget('b');
    expect(tokens.find('b', 0)).toBeUndefined();
    for (const id of ['c', 'd', 'e']) tokens.remember(id, { caller, jkt: id, expiresAt: 5_000 });
    expect(tokens.size).toBe(2);
    expect(tokens.find('c', 0)).toBeUndefined();
    expect(tokens.find('e', 0)?.jkt).toBe('e');
  });

  it('accepts a proof once while it may be presented, then forgets it', () => {
    const tokens = createVerifiedTokens({ tokens: 2, proofs: 10 });
    expect(tokens.firstUse('p', 2_000, 1_000)).toBe(true);
    expect(tokens.firstUse('p', 2_000, 1_500)).toBe(false);
    // Past its window the proof is refused by its iat anyway; the memory lets it go.
    expect(tokens.firstUse('p', 3_000, 2_000)).toBe(true);
  });
});
