// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetJournalKeyCache } from '../../journal/fingerprint';
import { recordCheck } from '../../journal/record';
import { createLocalJournal } from '../../journal/journal';
import { createJournalHandlers } from './journal';

describe('journal handlers', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetJournalKeyCache();
  });

  const check = (identifiant: string | undefined, motif: string) =>
    recordCheck({
      agent: null,
      mode: identifiant ? 'identifiant' : 'franceconnect',
      identifiant,
      motif,
      caseReference: 'R',
      outcome: 'registered',
      errorCode: null,
      categoryCode: '1',
    });

  it('lists the journal with filters', async () => {
    await check('1234567A', 'A');
    await check(undefined, 'B');
    const handlers = createJournalHandlers(createLocalJournal());
    const all = await handlers.listJournal({});
    expect(all.ok && all.value.entries).toHaveLength(2);
    const filtered = await handlers.listJournal({ motif: 'B' });
    expect(filtered.ok && filtered.value.entries.map((e) => e.mode)).toEqual(['franceconnect']);
  });

  it('finds the checks of an identifier however it is typed', async () => {
    const first = await check('1234567A', 'A');
    await check('2345678B', 'A');
    const found = await createJournalHandlers(createLocalJournal()).findJournalByIdentifier({
      identifiant: ' 1234 567a',
    });
    expect(found).toEqual({ ok: true, value: [first] });
  });
});
