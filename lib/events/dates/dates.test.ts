import { describe, expect, it } from 'vitest';
import { formatEventWhen, formatLongDay, formatShortDay, formatTime } from './event-dates';
import { formatTimeAgo } from './relative-time';

const NOW = new Date('2025-11-20T10:00:00Z');

/** Intl and French typography use (narrow) no-break spaces: compare as plain spaces. */
const plain = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, ' ') ?? null;

describe('Paris wall clock in event times', () => {
  it('follows the fall-back change (CEST → CET on 26 October 2025)', () => {
    expect(plain(formatTime('2025-10-25T07:00:00Z', 'fr'))).toBe('9 h');
    expect(plain(formatTime('2025-10-27T08:00:00Z', 'fr'))).toBe('9 h');
    expect(plain(formatTime('2025-10-26T00:30:00Z', 'fr'))).toBe('2 h 30');
    expect(plain(formatTime('2025-10-26T01:30:00Z', 'fr'))).toBe('2 h 30');
  });
});

describe('formatTime', () => {
  it('writes French hours as "9 h" and "9 h 30", English as "09:00"', () => {
    expect(plain(formatTime('2025-11-25T08:00:00Z', 'fr'))).toBe('9 h');
    expect(plain(formatTime('2025-11-25T08:30:00Z', 'fr'))).toBe('9 h 30');
    expect(plain(formatTime('2025-11-25T11:05:00Z', 'fr'))).toBe('12 h 05');
    expect(plain(formatTime('2025-11-25T08:00:00Z', 'en'))).toBe('09:00');
  });
});

describe('formatEventWhen', () => {
  it('formats a one-day event with hours', () => {
    const event = { start: '2025-11-25T08:00:00Z', end: '2025-11-25T11:00:00Z', hasTime: true };
    expect(plain(formatEventWhen(event, 'fr', NOW))).toBe('mar. 25 nov., 9 h – 12 h');
    expect(plain(formatEventWhen(event, 'en', NOW))).toBe('Tue 25 Nov, 09:00 – 12:00');
  });

  it('formats a summer event in summer time', () => {
    const event = { start: '2026-06-02T07:30:00Z', end: '2026-06-02T14:00:00Z', hasTime: true };
    expect(plain(formatEventWhen(event, 'fr', NOW))).toBe('mar. 2 juin 2026, 9 h 30 – 16 h');
  });

  it('formats a several-day event without hours (online fairs)', () => {
    const event = { start: '2025-11-23T23:00:00Z', end: '2025-12-14T23:00:00Z', hasTime: false };
    expect(plain(formatEventWhen(event, 'fr', NOW))).toBe('du lun. 24 nov. au lun. 15 déc.');
    expect(plain(formatEventWhen(event, 'en', NOW))).toBe('Mon 24 Nov to Mon 15 Dec');
  });

  it('formats a day without hours and without an end', () => {
    expect(
      plain(formatEventWhen({ start: '2025-11-24T08:00:00Z', end: null, hasTime: false }, 'fr', NOW)),
    ).toBe('lun. 24 nov.');
  });

  it('shows the year only when it is not the current one', () => {
    expect(plain(formatShortDay('2025-11-30T10:00:00Z', 'fr', NOW))).toBe('30 nov.');
    expect(plain(formatShortDay('2026-01-03T10:00:00Z', 'fr', NOW))).toBe('3 janv. 2026');
    expect(plain(formatLongDay('2025-11-25T08:00:00Z', 'fr'))).toBe('mardi 25 novembre 2025');
  });
});

describe('formatTimeAgo', () => {
  it('says how long ago, in French and English', () => {
    expect(plain(formatTimeAgo('2025-11-20T09:55:00Z', NOW, 'fr'))).toBe('il y a 5 min');
    expect(plain(formatTimeAgo('2025-11-20T08:00:00Z', NOW, 'fr'))).toBe('il y a 2 h');
    expect(plain(formatTimeAgo('2025-11-19T09:00:00Z', NOW, 'fr'))).toBe('hier');
    expect(plain(formatTimeAgo('2025-11-20T09:55:00Z', NOW, 'en'))).toMatch(/^5 min\.? ago$/);
  });

  it('answers null under a minute and for instants in the future', () => {
    expect(plain(formatTimeAgo('2025-11-20T09:59:30Z', NOW, 'fr'))).toBeNull();
    expect(plain(formatTimeAgo('2025-11-20T10:05:00Z', NOW, 'fr'))).toBeNull();
  });
});
