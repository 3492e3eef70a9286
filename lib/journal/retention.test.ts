import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { journalItem, userSettingsItem } from '../platform/storage/items';
import { JOURNAL_PURGE_ALARM, startJournalMaintenance } from './maintenance';
import { keepRecent, purgeJournal } from './retention';
import type { JournalEntry } from './core/types';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2025-06-01T12:00:00.000Z');

const entryAged = (id: string, days: number): JournalEntry => ({
  id,
  at: new Date(NOW - days * DAY).toISOString(),
  agent: null,
  mode: 'identifiant',
  motif: 'M',
  caseReference: 'R',
  outcome: 'registered',
  errorCode: null,
  categoryCode: '1',
  fingerprint: null,
});

describe('keepRecent', () => {
  it('keeps entries within the retention period, the limit included', () => {
    const entries = [entryAged('new', 1), entryAged('limit', 30), entryAged('old', 30.01)];
    expect(keepRecent(entries, 30, NOW).map((e) => e.id)).toEqual(['new', 'limit']);
  });

  it('drops entries whose date cannot be read', () => {
    expect(keepRecent([{ ...entryAged('x', 1), at: 'hier' }], 30, NOW)).toEqual([]);
  });
});

describe('purgeJournal', () => {
  beforeEach(() => fakeBrowser.reset());

  it('uses the default retention (180 days)', async () => {
    await journalItem.setValue([entryAged('a', 10), entryAged('b', 179), entryAged('c', 181)]);
    expect(await purgeJournal(NOW)).toBe(1);
    expect((await journalItem.getValue()).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('uses the configured retention', async () => {
    await userSettingsItem.setValue({ journalRetentionDays: 7 });
    await journalItem.setValue([entryAged('a', 3), entryAged('b', 8)]);
    expect(await purgeJournal(NOW)).toBe(1);
    expect((await journalItem.getValue()).map((e) => e.id)).toEqual(['a']);
  });
});

describe('startJournalMaintenance', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  async function settle() {
    for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  }

  it('purges at startup and schedules a daily alarm', async () => {
    await journalItem.setValue([entryAged('a', 1), entryAged('old', 400)]);
    startJournalMaintenance();
    await settle();
    expect((await journalItem.getValue()).map((e) => e.id)).toEqual(['a']);
    const alarm = await browser.alarms.get(JOURNAL_PURGE_ALARM);
    expect(alarm?.periodInMinutes).toBe(24 * 60);
  });

  it('purges again when the alarm fires, a day later', async () => {
    await userSettingsItem.setValue({ journalRetentionDays: 1 });
    startJournalMaintenance();
    await settle();
    await journalItem.setValue([entryAged('today', 0)]);
    vi.setSystemTime(NOW + 2 * DAY);
    const alarm = await browser.alarms.get(JOURNAL_PURGE_ALARM);
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await settle();
    expect(await journalItem.getValue()).toEqual([]);
  });

  it('does not postpone an existing alarm on a service-worker restart', async () => {
    startJournalMaintenance();
    await settle();
    const first = await browser.alarms.get(JOURNAL_PURGE_ALARM);
    vi.setSystemTime(NOW + 60 * 60 * 1000);
    startJournalMaintenance();
    await settle();
    expect((await browser.alarms.get(JOURNAL_PURGE_ALARM))?.scheduledTime).toBe(first?.scheduledTime);
  });
});
