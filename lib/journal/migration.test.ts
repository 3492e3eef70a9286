import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createJournalHandlers } from '../background/handlers/journal';
import { journalItem, journalKeyItem, localJournalMigrationItem } from '../platform/storage/items';
import { resetJournalKeyCache } from './fingerprint';
import { createGatewayJournal } from './gateway-journal';
import { createLocalJournal } from './journal';
import { fakeGateway } from './fake-gateway';
import { recordCheck } from './record';

const check = (caseReference: string) =>
  recordCheck({
    agent: 'Agent Dupuis',
    mode: 'identifiant',
    identifiant: '1234567A',
    motif: 'Domiciliation',
    caseReference,
    outcome: 'registered',
    errorCode: null,
    categoryCode: '1',
  });

const gatewayHandlers = () =>
  createJournalHandlers(createGatewayJournal(fakeGateway(() => Response.json({})).requester));

describe('the old local journal once the gateway keeps the journal', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetJournalKeyCache();
  });

  it('offers the local entries, then deletes them and the fingerprint key, and never offers again', async () => {
    await check('OLD-1');
    await check('OLD-2');
    expect(await journalKeyItem.getValue()).not.toBeNull();
    const handlers = gatewayHandlers();

    const offer = await handlers.getLocalJournalMigration(undefined);
    expect(offer.ok && offer.value?.entries.map((e) => e.caseReference)).toEqual(['OLD-1', 'OLD-2']);
    // Asking again before the agent answered still offers them: nothing is lost by closing the panel.
    expect((await handlers.getLocalJournalMigration(undefined)).ok).toBe(true);

    expect(await handlers.finishLocalJournalMigration(undefined)).toEqual({
      ok: true,
      value: { removed: 2 },
    });
    const local = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(local)).not.toContain('journal');
    expect(Object.keys(local)).not.toContain('journal$');
    expect(Object.keys(local)).not.toContain('journalKey');
    expect(await localJournalMigrationItem.getValue()).toMatchObject({ doneAt: expect.any(String) });

    // Even if something wrote the local journal again, the offer does not come back.
    await check('LATER');
    expect(await handlers.getLocalJournalMigration(undefined)).toEqual({ ok: true, value: null });
  });

  it('asks nothing when the browser holds no local entry, and clears a leftover key', async () => {
    await journalKeyItem.setValue({ kty: 'oct', k: 'AAAA' });
    expect(await gatewayHandlers().getLocalJournalMigration(undefined)).toEqual({ ok: true, value: null });
    expect(await journalKeyItem.getValue()).toBeNull();
    expect(await localJournalMigrationItem.getValue()).not.toBeNull();
  });

  it('leaves the local journal alone in the direct mode (it is the journal there)', async () => {
    await check('KEEP');
    const handlers = createJournalHandlers(createLocalJournal());
    expect(await handlers.getLocalJournalMigration(undefined)).toEqual({ ok: true, value: null });
    expect(await handlers.finishLocalJournalMigration(undefined)).toEqual({
      ok: true,
      value: { removed: 0 },
    });
    expect((await journalItem.getValue()).map((e) => e.caseReference)).toEqual(['KEEP']);
    expect(await localJournalMigrationItem.getValue()).toBeNull();
  });
});
