// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { journalItem, userSettingsItem } from '../platform/storage/items';
import { fingerprintIdentifier, resetJournalKeyCache } from './fingerprint';
import { recordCheck } from './record';

describe('recordCheck', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetJournalKeyCache();
  });

  it('appends an entry with the fingerprint, the agent and no identifier', async () => {
    await userSettingsItem.setValue({ agentName: 'Agent Dupuis' });
    const entry = await recordCheck({
      mode: 'identifiant',
      motif: 'Ouverture ou révision de droits',
      caseReference: ' DOS-2025-001 ',
      identifiant: ' 1234567a ',
      outcome: 'registered',
      errorCode: null,
      categoryCode: '1',
    });
    expect(entry).toMatchObject({
      agent: 'Agent Dupuis',
      mode: 'identifiant',
      caseReference: 'DOS-2025-001',
      outcome: 'registered',
      categoryCode: '1',
      fingerprint: await fingerprintIdentifier('1234567A'),
    });
    const stored = await journalItem.getValue();
    expect(stored).toEqual([entry]);
    const raw = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(raw).not.toMatch(/1234567/i);
  });

  it('has no fingerprint for a FranceConnect check and keeps the error code', async () => {
    const entry = await recordCheck({
      mode: 'franceconnect',
      motif: 'Accompagnement',
      caseReference: 'R1',
      outcome: 'refused',
      errorCode: 'access_denied',
      categoryCode: null,
    });
    expect(entry.fingerprint).toBeNull();
    expect(entry.agent).toBeNull();
    expect(entry.errorCode).toBe('access_denied');
  });

  it('keeps every entry when checks finish together', async () => {
    const input = {
      mode: 'identifiant' as const,
      motif: 'M',
      caseReference: 'R',
      outcome: 'not_found' as const,
      errorCode: null,
      categoryCode: null,
    };
    const entries = await Promise.all(
      ['1111111A', '2222222B', '3333333C'].map((identifiant) => recordCheck({ ...input, identifiant })),
    );
    const stored = await journalItem.getValue();
    expect(stored.map((e) => e.id).sort()).toEqual(entries.map((e) => e.id).sort());
  });
});
