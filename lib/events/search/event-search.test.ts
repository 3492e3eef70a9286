import { describe, expect, it } from 'vitest';
import { periodRange } from './date-range';
import { hasEnded, isRunning, registrationState } from './event-state';
import {
  DEFAULT_EVENT_FILTERS,
  activeFilterCount,
  activeFilters,
  withoutFilter,
  type EventFilters,
} from './filters';
import { parseStoredFilters } from './filters-schema';
import { selectForPopup } from './popup-selection';
import { buildSearchIndex, htmlToSearchText, searchIndex } from './search-index';
import { aFullParisForum, anInPersonEvent, anOnlineFair, aRemoteWorkshop } from '../core/test-events';

// Thursday 20 November 2025, 11:00 in Paris.
const NOW = new Date('2025-11-20T10:00:00Z');

describe('event state', () => {
  it('tells running, upcoming and past events apart', () => {
    const fair = anOnlineFair();
    expect(isRunning(fair, NOW)).toBe(true);
    const upcoming = anInPersonEvent();
    expect(isRunning(upcoming, NOW)).toBe(false);
    expect(hasEnded(upcoming, NOW)).toBe(false);
    const thisMorning = anInPersonEvent({ start: '2025-11-20T07:00:00Z', end: '2025-11-20T09:00:00Z' });
    expect(hasEnded(thisMorning, NOW)).toBe(true);
    const now = anInPersonEvent({ start: '2025-11-20T09:00:00Z', end: '2025-11-20T12:00:00Z' });
    expect(isRunning(now, NOW)).toBe(true);
    // Known by day only: lasts until the end of its last Paris day.
    const lastDay = anOnlineFair({ end: '2025-11-19T23:00:00.000Z', runningNow: false });
    expect(hasEnded(lastDay, NOW)).toBe(false);
    expect(isRunning(lastDay, NOW)).toBe(true);
  });

  it('derives the registration window', () => {
    expect(registrationState(anOnlineFair(), NOW)).toEqual({
      kind: 'open-until',
      at: '2025-11-29T23:00:00.000Z',
    });
    expect(
      registrationState(anOnlineFair({ registrationClosesAt: '2025-11-18T23:00:00.000Z' }), NOW),
    ).toEqual({
      kind: 'closed',
    });
    // The closing day itself still accepts applications.
    expect(
      registrationState(anOnlineFair({ registrationClosesAt: '2025-11-19T23:00:00.000Z' }), NOW).kind,
    ).toBe('open-until');
    expect(registrationState(anInPersonEvent({ placesLeft: 0 }), NOW)).toEqual({ kind: 'full' });
    expect(registrationState(anInPersonEvent(), NOW)).toEqual({ kind: 'open' });
    expect(
      registrationState(
        anOnlineFair({ registrationOpensAt: '2025-11-30T23:00:00.000Z', runningNow: false }),
        NOW,
      ),
    ).toEqual({ kind: 'opens', at: '2025-11-30T23:00:00.000Z' });
    const past = anInPersonEvent({ start: '2025-11-19T08:00:00Z', end: '2025-11-19T11:00:00Z' });
    expect(registrationState(past, NOW)).toEqual({ kind: 'closed' });
  });
});

describe('selectForPopup', () => {
  const later = anInPersonEvent({ key: 'mee:2', title: 'B', start: '2025-12-02T08:00:00Z', end: null });
  const sooner = anInPersonEvent({ key: 'mee:1', title: 'A', start: '2025-11-21T08:00:00Z', end: null });
  const remote = anInPersonEvent({
    key: 'mee:3',
    title: 'Atelier à distance',
    start: '2025-11-22T08:00:00Z',
    end: null,
    online: true,
    modality: 'distance',
    place: null,
  });
  const past = anInPersonEvent({ key: 'mee:0', start: '2025-11-19T08:00:00Z', end: '2025-11-19T09:00:00Z' });
  const running = anOnlineFair();
  const upcoming = anOnlineFair({
    key: 'salon-en-ligne:x',
    start: '2025-11-30T23:00:00.000Z',
    end: '2025-12-10T23:00:00.000Z',
    runningNow: false,
  });
  const elsewhere = anOnlineFair({ key: 'salon-en-ligne:far', locationLabel: 'Bretagne' });
  const all = [later, past, upcoming, elsewhere, sooner, running, remote];
  const concerned = new Set(['salon-en-ligne:42', 'salon-en-ligne:x']);

  it('lists the territory’s events by date (in person and remote), then the concerned fairs', () => {
    const selection = selectForPopup(all, concerned, NOW, { local: 10, fairs: 10 });
    expect(selection.local.map((e) => e.key)).toEqual(['mee:1', 'mee:3', 'mee:2']);
    // Running first, then by date; the fair of another region is not there.
    expect(selection.fairs.map((e) => e.key)).toEqual(['salon-en-ligne:42', 'salon-en-ligne:x']);
    expect(selection).toMatchObject({ localTotal: 3, fairsTotal: 2 });
  });

  it('caps each group and still counts them all', () => {
    const selection = selectForPopup(all, concerned, NOW, { local: 1, fairs: 1 });
    expect(selection.local.map((e) => e.key)).toEqual(['mee:1']);
    expect(selection.fairs.map((e) => e.key)).toEqual(['salon-en-ligne:42']);
    expect(selection).toMatchObject({ localTotal: 3, fairsTotal: 2 });
  });

  it('lists no online fair when none concerns the territory', () => {
    expect(selectForPopup(all, new Set(), NOW, { local: 10, fairs: 10 }).fairs).toEqual([]);
  });
});

describe('periodRange', () => {
  it('computes this week, this month, three months and custom bounds', () => {
    expect(periodRange('week', '2025-11-20', { from: '', to: '' })).toEqual({
      from: '2025-11-20',
      to: '2025-11-23',
    });
    expect(periodRange('month', '2025-11-20', { from: '', to: '' })).toEqual({
      from: '2025-11-20',
      to: '2025-11-30',
    });
    expect(periodRange('three-months', '2025-11-20', { from: '', to: '' })).toEqual({
      from: '2025-11-20',
      to: '2026-02-20',
    });
    expect(periodRange('custom', '2025-11-20', { from: '2025-12-01', to: '' })).toEqual({
      from: '2025-12-01',
      to: '',
    });
    expect(periodRange('any', '2025-11-20', { from: '2025-12-01', to: '' })).toEqual({ from: '', to: '' });
  });
});

const CATALOGUE = [
  anOnlineFair(),
  anInPersonEvent(),
  aFullParisForum({
    sectors: ['G', 'D'],
    organiser: 'Mairie du 18e',
    descriptionHtml: '<p>Hôtellerie &amp; <b>restauration</b></p>',
  }),
  aRemoteWorkshop(),
  anInPersonEvent({ key: 'mee:old', id: 'old', start: '2025-11-10T08:00:00Z', end: '2025-11-10T10:00:00Z' }),
];

const index = buildSearchIndex(CATALOGUE);
const keysFor = (filters: Partial<EventFilters>) =>
  [...searchIndex(index, { ...DEFAULT_EVENT_FILTERS, ...filters }, NOW)].map((i) => index.events[i]?.key);

describe('searchIndex', () => {
  it('lists events not over, by date', () => {
    expect(keysFor({})).toEqual(['salon-en-ligne:42', 'mee:2', 'mee:123456', 'mee:3']);
    // The real types by code, with France Travail's own labels.
    expect(index.typeOptions).toEqual([
      { value: '16', label: 'Atelier' },
      { value: '14', label: 'Forum' },
      { value: '18', label: 'Job Dating' },
      { value: '17', label: 'Salon en ligne' },
    ]);
  });

  it('filters by type code whatever the label’s spelling, and still by a label saved before codes', () => {
    const spelled = buildSearchIndex([
      anInPersonEvent(),
      anInPersonEvent({ key: 'mee:9', id: '9', typeLabel: 'JOB DATING', typeCode: '18' }),
      anInPersonEvent({ key: 'mee:10', id: '10', typeLabel: 'Salon', typeCode: null }),
    ]);
    const keys = (type: string) =>
      [...searchIndex(spelled, { ...DEFAULT_EVENT_FILTERS, type }, NOW)].map((i) => spelled.events[i]?.key);
    expect(spelled.typeOptions).toEqual([
      { value: '18', label: 'Job Dating' },
      { value: 'Salon', label: 'Salon' },
    ]);
    expect(keys('18')).toEqual(['mee:123456', 'mee:9']);
    expect(keys('Job dating')).toEqual(['mee:123456']);
    expect(keys('Salon')).toEqual(['mee:10']);
  });

  it('matches keywords across title, description, organiser and city, without accents or case', () => {
    expect(keysFor({ keyword: 'HOTELLERIE' })).toEqual(['mee:2']);
    expect(keysFor({ keyword: 'ehpad' })).toEqual(['salon-en-ligne:42']);
    expect(keysFor({ keyword: 'mairie 18e' })).toEqual(['mee:2']);
    expect(keysFor({ keyword: 'clermont' })).toEqual(['mee:3']);
    expect(keysFor({ keyword: 'riom logistique' })).toEqual(['mee:123456']);
    expect(keysFor({ keyword: 'riom nothing' })).toEqual([]);
  });

  it('filters by départements (several) and by a commune’s postal codes', () => {
    expect(keysFor({ departements: ['63'] })).toEqual(['mee:123456', 'mee:3']);
    expect(keysFor({ departements: ['63', '75'] })).toEqual(['mee:2', 'mee:123456', 'mee:3']);
    expect(
      keysFor({ commune: { code: '75056', label: 'Paris', postalCodes: ['75001', '75018', '75020'] } }),
    ).toEqual(['mee:2']);
  });

  it('filters by type, modality and sector', () => {
    expect(keysFor({ type: 'Atelier' })).toEqual(['mee:3']);
    expect(keysFor({ modality: 'presentiel' })).toEqual(['mee:2', 'mee:123456']);
    expect(keysFor({ modality: 'distance' })).toEqual(['salon-en-ligne:42', 'mee:2', 'mee:3']);
    expect(keysFor({ sector: 'G' })).toEqual(['mee:2']);
    expect(keysFor({ sector: 'N' })).toEqual(['mee:123456']);
  });

  it('filters by period, places and running now', () => {
    expect(keysFor({ period: 'week' })).toEqual(['salon-en-ligne:42', 'mee:2']);
    expect(keysFor({ period: 'month' })).toEqual(['salon-en-ligne:42', 'mee:2', 'mee:123456']);
    expect(keysFor({ period: 'custom', from: '2026-01-01', to: '2026-01-31' })).toEqual(['mee:3']);
    expect(keysFor({ placesOnly: true })).toEqual(['salon-en-ligne:42', 'mee:123456', 'mee:3']);
    expect(keysFor({ runningOnly: true })).toEqual(['salon-en-ligne:42']);
  });

  it('sorts by places left, unknown last', () => {
    expect(keysFor({ sort: 'places' })).toEqual(['mee:3', 'mee:123456', 'mee:2', 'salon-en-ligne:42']);
  });

  it('keeps, for the territory only, its events and the online fairs that concern it', () => {
    const elsewhere = anOnlineFair({
      key: 'salon-en-ligne:far',
      title: 'Salon breton',
      locationLabel: 'Bretagne',
    });
    const withFairs = buildSearchIndex([...CATALOGUE, elsewhere], ['salon-en-ligne:42']);
    const keys = (filters: Partial<EventFilters>) =>
      [...searchIndex(withFairs, { ...DEFAULT_EVENT_FILTERS, ...filters }, NOW)].map(
        (i) => withFairs.events[i]?.key,
      );
    expect(keys({})).toContain('salon-en-ligne:far');
    expect(keys({ territoryOnly: true })).toEqual(['salon-en-ligne:42', 'mee:2', 'mee:123456', 'mee:3']);
    // An older cache knows no relevance: every fair stays.
    expect(keysFor({ territoryOnly: true })).toEqual(keysFor({}));
  });

  it('counts the filters that narrow the list', () => {
    expect(activeFilterCount(DEFAULT_EVENT_FILTERS)).toBe(0);
    expect(
      activeFilterCount({ ...DEFAULT_EVENT_FILTERS, keyword: 'x', placesOnly: true, sort: 'places' }),
    ).toBe(2);
  });
});

describe('activeFilters', () => {
  const filters: EventFilters = {
    ...DEFAULT_EVENT_FILTERS,
    keyword: 'soin',
    territoryOnly: true,
    departements: ['63', '03'],
    sector: 'J',
    period: 'custom',
    from: '2025-12-01',
    to: '',
    placesOnly: true,
  };

  it('lists the filters behind the disclosure (not the keyword), in the form’s order', () => {
    expect(activeFilters(filters)).toEqual([
      { kind: 'territory' },
      { kind: 'departement', code: '63' },
      { kind: 'departement', code: '03' },
      { kind: 'custom-period', from: '2025-12-01', to: '' },
      { kind: 'sector', letter: 'J' },
      { kind: 'places' },
    ]);
    expect(activeFilters(DEFAULT_EVENT_FILTERS)).toEqual([]);
    expect(activeFilters({ ...DEFAULT_EVENT_FILTERS, period: 'custom' })).toEqual([]);
  });

  it('removes one filter at a time', () => {
    expect(withoutFilter(filters, { kind: 'departement', code: '63' })).toEqual({ departements: ['03'] });
    expect(withoutFilter(filters, { kind: 'custom-period', from: '2025-12-01', to: '' })).toEqual({
      period: 'any',
      from: '',
      to: '',
    });
    expect(withoutFilter(filters, { kind: 'territory' })).toEqual({ territoryOnly: false });
    const left = activeFilters({ ...filters, ...withoutFilter(filters, { kind: 'sector', letter: 'J' }) });
    expect(left.map((f) => f.kind)).not.toContain('sector');
  });
});

describe('htmlToSearchText', () => {
  it('keeps the visible text only', () => {
    expect(
      htmlToSearchText('<p>A&amp;B&#39;s <script>x()</script><i>c</i>&eacute;</p>').replace(/\s+/g, ' '),
    ).toBe(" A&B's c &eacute; ");
  });
});

describe('parseStoredFilters', () => {
  it('keeps valid fields and replaces damaged ones by their default', () => {
    const filters = parseStoredFilters({
      keyword: 'soin',
      departements: ['63', '63', 'XX'],
      sector: 'Z',
      placesOnly: true,
      sort: 'places',
      unknown: 1,
    });
    expect(filters).toEqual({ ...DEFAULT_EVENT_FILTERS, keyword: 'soin', placesOnly: true, sort: 'places' });
    expect(parseStoredFilters(null)).toEqual(DEFAULT_EVENT_FILTERS);
    expect(parseStoredFilters({ departements: ['63', '63'] }).departements).toEqual(['63']);
  });
});
