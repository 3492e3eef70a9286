import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GENESIS_ANCHOR, canonicalEntry, entryHash, sealEntry, verifyChain } from './chain';
import type { JournalEntry } from './entry';

function chainOf(count: number, organisationId = 'ville-de-riom'): JournalEntry[] {
  const entries: JournalEntry[] = [];
  let previous = GENESIS_ANCHOR;
  for (let i = 0; i < count; i++) {
    const entry = sealEntry(previous, {
      organisationId,
      id: randomUUID(),
      at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      kind: i % 2 === 0 ? 'check_intent' : 'check_outcome',
      agentId: 'agent-1',
      mode: 'identifiant',
      motif: 'Domiciliation',
      caseReference: `D-${i}`,
      fingerprint: 'a'.repeat(64),
      checkId: null,
      outcome: i % 2 === 0 ? null : 'registered',
      errorCode: null,
      detail: null,
    });
    entries.push(entry);
    previous = { seq: entry.seq, hash: entry.hash };
  }
  return entries;
}

describe('journal hash chain', () => {
  it('verifies an intact chain from genesis', () => {
    const entries = chainOf(5);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(verifyChain(entries, GENESIS_ANCHOR, 5)).toEqual({
      ok: true,
      checked: 5,
      firstSeq: 1,
      lastSeq: 5,
      firstBreak: null,
    });
  });

  it('hashes the previous hash with a canonical serialisation independent of key order', () => {
    const [entry] = chainOf(1);
    if (!entry) throw new Error('no entry');
    const reordered = Object.fromEntries(Object.entries(entry).reverse()) as unknown as JournalEntry;
    expect(canonicalEntry(reordered)).toBe(canonicalEntry(entry));
    expect(entryHash(entry)).toBe(entry.hash);
    expect(entryHash({ ...entry, prevHash: 'b'.repeat(64) })).not.toBe(entry.hash);
  });

  it('reports an altered row at its position', () => {
    const entries = chainOf(6);
    entries[3] = { ...entries[3]!, motif: 'Autre motif' };
    expect(verifyChain(entries).firstBreak).toEqual({
      kind: 'altered',
      position: 4,
      entryId: entries[3]!.id,
    });
    expect(verifyChain(entries).checked).toBe(3);
  });

  it('reports an altered row even when its hash was recomputed, at the next link', () => {
    const entries = chainOf(6);
    const forged = { ...entries[2]!, outcome: 'not_found' as const };
    entries[2] = { ...forged, hash: entryHash(forged) };
    expect(verifyChain(entries).firstBreak).toEqual({ kind: 'link', position: 4, entryId: entries[3]!.id });
  });

  it('reports a removed row as missing, and rows cut off the end as truncated', () => {
    const entries = chainOf(6);
    const removed = [...entries.slice(0, 2), ...entries.slice(3)];
    expect(verifyChain(removed).firstBreak).toEqual({ kind: 'missing', position: 3, entryId: null });
    expect(verifyChain(entries.slice(0, 4), GENESIS_ANCHOR, 6).firstBreak).toEqual({
      kind: 'truncated',
      position: 5,
      entryId: null,
    });
  });

  it('starts from a purge anchor and refuses a chain that does not continue it', () => {
    const entries = chainOf(6);
    const anchor = { seq: 2, hash: entries[1]!.hash };
    expect(verifyChain(entries.slice(2), anchor).ok).toBe(true);
    expect(verifyChain(entries.slice(3), anchor).firstBreak?.kind).toBe('missing');
  });
});
