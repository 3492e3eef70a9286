import { describe, expect, it } from 'vitest';
import { GENESIS_ANCHOR, sealEntry } from './chain';
import { journalToCsv, journalToJson, neutraliseCell } from './export';

const entry = sealEntry(GENESIS_ANCHOR, {
  organisationId: 'ville-de-riom',
  id: '6f1c9c4e-8a51-4b8e-9a55-0d1f6f0b6a01',
  at: '2026-01-02T10:00:00.000Z',
  kind: 'check_intent',
  agentId: 'agent-1',
  mode: 'identifiant',
  motif: 'Aide "urgente", logement',
  caseReference: '=HYPERLINK("http://x")',
  fingerprint: null,
  checkId: null,
  outcome: null,
  errorCode: null,
  detail: null,
});

describe('journal exports', () => {
  it('neutralises cells a spreadsheet would evaluate', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(neutraliseCell(`${start}1`)).toBe(`'${start}1`);
    expect(neutraliseCell('D-12')).toBe('D-12');
  });

  it('writes RFC 4180 CSV with a header, CRLF and quoted fields', () => {
    const csv = journalToCsv([entry]);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'seq,id,at,kind,agentId,mode,motif,caseReference,fingerprint,checkId,outcome,errorCode,detail,prevHash,hash',
    );
    expect(lines[1]).toBe(
      `1,${entry.id},2026-01-02T10:00:00.000Z,check_intent,agent-1,identifiant,"Aide ""urgente"", logement","'=HYPERLINK(""http://x"")",,,,,,${'0'.repeat(64)},${entry.hash}`,
    );
    expect(lines[2]).toBe('');
  });

  it('writes JSON with the same columns', () => {
    const json = journalToJson('ville-de-riom', '2026-01-03T00:00:00.000Z', [entry]);
    expect(json.count).toBe(1);
    expect(json.entries[0]).toMatchObject({
      seq: 1,
      caseReference: '=HYPERLINK("http://x")',
      hash: entry.hash,
    });
  });
});
