// @vitest-environment node
/**
 * Contract tests from real payloads (fixtures/real/, sources in SOURCES.md): each file goes
 * through the wire schema, the normaliser and the client, and the whole domain result is
 * asserted, times to the minute.
 */
import { describe, expect, it } from 'vitest';
import { readReal, readRealText } from '../../fixtures/real/read';
import { generateEvents } from '../../simulator/data/events';
import { ok, type Result } from '../core/app-error';
import type { ApiAccess, ApiCall } from '../platform/auth/api-access';
import type { HttpAnswer } from '../platform/http/http-client';
import { getMeeEvent, listOnlineFairs, searchEventsPage } from './client';
import type { EmploymentEvent } from './core/event';
import { normaliseMeeEvent } from './core/normalise-mee';
import { normaliseSalon } from './core/normalise-salon';
import { MEE_TYPE_CODES, meeEvenementSchema, meeSearchPageSchema } from './core/wire/mee';
import { salonEnLigneSchema } from './core/wire/salons-en-ligne';
import { formatEventWhen } from './dates/event-dates';
import { buildIcs } from './handover/ics';

const NOW = Date.parse('2026-01-15T10:00:00Z');

/** An events API that answers every call with one body, and remembers the calls. */
function answering(text: string, status = 200): { access: ApiAccess; calls: ApiCall[] } {
  const calls: ApiCall[] = [];
  const answer: HttpAnswer = { status, headers: new Headers({ 'Content-Type': 'application/json' }), text };
  const access: ApiAccess = {
    events: async (call) => {
      calls.push(call);
      return ok(answer) as Result<HttpAnswer>;
    },
    apiParticulier: async () => {
      throw new Error('not used');
    },
    withPerson: async () => {
      throw new Error('not used');
    },
    forgetTokens: async () => 0,
  };
  return { access, calls };
}

/** The one event of France Travail's own MEE fixture, as the product reads it. */
function passEmploiEvent(over: Partial<EmploymentEvent>): EmploymentEvent {
  return {
    key: 'mee:11111',
    source: 'mee',
    id: '11111',
    title: 'Atelier',
    typeLabel: 'Atelier',
    typeCode: '16',
    start: '',
    end: null,
    timeZone: '',
    hasTime: true,
    online: false,
    modality: 'presentiel',
    // The fixture's INSEE code (01419) is in the Ain; its coordinates are as given.
    place: {
      city: 'Paris',
      postalCode: '75012',
      inseeCode: '01419',
      departement: '01',
      latitude: 36.547,
      longitude: 2.16,
    },
    locationLabel: null,
    sectors: ['J', 'M', 'N'],
    romeCodes: ['J', 'M', 'N'],
    audiences: ['Ouvert'],
    objectives: ['International'],
    placesTotal: 20,
    placesLeft: 19,
    offersCount: null,
    registrationOpensAt: null,
    registrationClosesAt: null,
    organiser: null,
    descriptionHtml: 'description',
    // "test" is no web address: no link.
    url: null,
    runningNow: false,
    ...over,
  };
}

describe('MEE, France Travail pass-emploi-api fixtures', () => {
  it('2024 search: the start is the instant of dateEvenement (+06:00), the end heureFin on the same clock', async () => {
    const text = readRealText('mee/pass-emploi-api-search-2024.json');
    expect(meeSearchPageSchema.safeParse(JSON.parse(text)).success).toBe(true);
    const { access, calls } = answering(text);
    const page = await searchEventsPage(access, { dateDebut: '2023-05-01' }, 0, 100, { now: NOW });
    expect(calls[0]).toMatchObject({
      path: '/mee/evenements',
      method: 'POST',
      query: { page: 0, size: 100 },
    });
    // France Travail's consumer reads this payload as 01:00Z–03:00Z (SOURCES.md).
    const expected = passEmploiEvent({
      start: '2023-05-17T01:00:00.000Z',
      end: '2023-05-17T03:00:00.000Z',
      // "+06:00" contradicts "Europe/Paris" (+02:00 in May): the hours are shown in the offset.
      timeZone: 'Etc/GMT-6',
    });
    expect(page).toEqual({ ok: true, value: { totalElements: 1, events: [expected], dropped: 0 } });
    expect(formatEventWhen(expected, 'fr', new Date(NOW)).replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'mer. 17 mai 2023, 7 h – 9 h (heure locale, UTC+6)',
    );
  });

  it('2024 detail: the same event through the detail endpoint', async () => {
    const text = readRealText('mee/pass-emploi-api-detail-2024.json');
    expect(meeEvenementSchema.safeParse(JSON.parse(text)).success).toBe(true);
    const { access, calls } = answering(text);
    expect(await getMeeEvent(access, '11111', { now: NOW })).toEqual({
      ok: true,
      value: passEmploiEvent({
        start: '2023-05-17T01:00:00.000Z',
        end: '2023-05-17T03:00:00.000Z',
        timeZone: 'Etc/GMT-6',
      }),
    });
    expect(calls[0]?.path).toBe('/mee/evenement/11111');
  });

  it('2023 search: a UTC dateEvenement is the start too, shown on Paris time', async () => {
    const { access } = answering(readRealText('mee/pass-emploi-api-search-2023.json'));
    const page = await searchEventsPage(access, {}, 0, 100, { now: NOW });
    const expected = passEmploiEvent({
      start: '2023-05-17T07:00:00.000Z',
      end: '2023-05-17T09:00:00.000Z',
      timeZone: 'Europe/Paris',
    });
    expect(page).toEqual({ ok: true, value: { totalElements: 1, events: [expected], dropped: 0 } });
    expect(formatEventWhen(expected, 'fr', new Date(NOW)).replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'mer. 17 mai 2023, 9 h – 11 h',
    );
  });

  it('type codes and labels are those of France Travail’s own app', () => {
    expect(MEE_TYPE_CODES).toEqual(readReal('mee/types-pass-emploi-app.json'));
    const item = (readReal('mee/pass-emploi-api-detail-2024.json') as Record<string, unknown>) ?? {};
    const atelier = normaliseMeeEvent(meeEvenementSchema.parse(item), NOW);
    expect([atelier?.typeLabel, atelier?.typeCode]).toEqual(['Atelier', '16']);
  });
});

describe('MEE, the simulator’s overseas events and daylight-saving pair (same shape as the fixtures)', () => {
  const events = new Map(
    generateEvents({ seed: 'demo', referenceDate: new Date('2025-03-10T09:00:00Z') })
      .filter((e) => e.wire.id < 400_000)
      .map((e) => [e.wire.id, normaliseMeeEvent(meeEvenementSchema.parse(e.wire), NOW)]),
  );
  const when = (id: number) =>
    formatEventWhen(events.get(id)!, 'fr', new Date('2025-03-10T09:00:00Z')).replace(/[\u00a0\u202f]/g, ' ');

  it.each([
    [
      390_001,
      '2025-03-13T05:00:00.000Z',
      '2025-03-13T08:00:00.000Z',
      'Indian/Reunion',
      'jeu. 13 mars, 9 h – 12 h (heure locale, UTC+4)',
    ],
    [
      390_002,
      '2025-03-14T18:00:00.000Z',
      '2025-03-14T21:00:00.000Z',
      'America/Guadeloupe',
      'ven. 14 mars, 14 h – 17 h (heure locale, UTC-4)',
    ],
    [
      390_003,
      '2025-03-15T13:30:00.000Z',
      '2025-03-15T15:30:00.000Z',
      'America/Martinique',
      'sam. 15 mars, 9 h 30 – 11 h 30 (heure locale, UTC-4)',
    ],
    [
      390_004,
      '2025-03-16T13:00:00.000Z',
      '2025-03-16T15:00:00.000Z',
      'America/Cayenne',
      'dim. 16 mars, 10 h – 12 h (heure locale, UTC-3)',
    ],
    [
      390_005,
      '2025-03-17T05:00:00.000Z',
      '2025-03-17T09:00:00.000Z',
      'Indian/Mayotte',
      'lun. 17 mars, 8 h – 12 h (heure locale, UTC+3)',
    ],
    [
      390_006,
      '2025-03-29T08:00:00.000Z',
      '2025-03-29T11:00:00.000Z',
      'Europe/Paris',
      'sam. 29 mars, 9 h – 12 h',
    ],
    [
      390_007,
      '2025-03-31T07:00:00.000Z',
      '2025-03-31T10:00:00.000Z',
      'Europe/Paris',
      'lun. 31 mars, 9 h – 12 h',
    ],
  ])('event %i starts at %s, ends at %s, is shown in %s: “%s”', (id, start, end, timeZone, text) => {
    expect(events.get(id)).toMatchObject({ start, end, timeZone, hasTime: true });
    expect(when(id)).toBe(text);
  });

  it('writes the Réunion event in its own zone in the calendar file', () => {
    const result = buildIcs([events.get(390_001)!], new Date(NOW), 'En ligne');
    if (!result.ok) throw new Error(result.detail);
    expect(result.ics).toContain(
      'TZID:Indian/Reunion\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0400\r\nTZOFFSETTO:+0400',
    );
    expect(result.ics).toContain('DTSTART;TZID=Indian/Reunion:20250313T090000');
    expect(result.ics).toContain('DTEND;TZID=Indian/Reunion:20250313T120000');
  });
});

describe('online fairs, a recorded answer (bob-emploi, 2018)', () => {
  const raw = readReal('salons-en-ligne/bob-emploi-online-salons-2018.json') as Record<string, unknown>[];
  const fair = (id: string, index: number, over: Partial<EmploymentEvent>): EmploymentEvent => ({
    key: `salon-en-ligne:${id}`,
    source: 'salon-en-ligne',
    id,
    title: String(raw[index]?.titre),
    typeLabel: 'Salon en ligne',
    typeCode: '17',
    start: '',
    end: null,
    timeZone: 'Europe/Paris',
    hasTime: false,
    online: true,
    modality: 'distance',
    place: null,
    locationLabel: null,
    sectors: [],
    romeCodes: [],
    audiences: [],
    objectives: [],
    placesTotal: null,
    placesLeft: null,
    offersCount: null,
    registrationOpensAt: null,
    registrationClosesAt: null,
    organiser: null,
    descriptionHtml: String(raw[index]?.description),
    url: `https://salonenligne.pole-emploi.fr/candidat/?salonId=${id}`,
    runningNow: true,
    ...over,
  });

  it('reads every fair, its id from ?salonId=, its days as Paris days', async () => {
    for (const item of raw) expect(salonEnLigneSchema.safeParse(item).success).toBe(true);
    const { access, calls } = answering(readRealText('salons-en-ligne/bob-emploi-online-salons-2018.json'));
    const list = await listOnlineFairs(access);
    expect(calls[0]?.path).toBe('/salonsenligne');
    expect(list).toEqual({
      ok: true,
      value: {
        dropped: 0,
        events: [
          fair('640', 0, {
            title: 'SALON EN LIGNE SAP',
            start: '2018-02-19T23:00:00.000Z',
            end: '2018-05-31T21:59:59.000Z',
            locationLabel: 'LIEVIN',
            offersCount: 3,
            registrationOpensAt: '2018-03-04T23:00:00.000Z',
            registrationClosesAt: '2018-04-30T21:59:59.000Z',
          }),
          fair('684', 1, {
            title: 'L’INDUSTRIE RECRUTE DANS LE PUYDE-DÔME',
            start: '2018-03-25T22:00:00.000Z',
            end: '2018-05-25T21:59:59.000Z',
            locationLabel: 'RIOM (dept 63)',
            offersCount: 7,
            registrationOpensAt: '2018-03-25T22:00:00.000Z',
            registrationClosesAt: '2018-04-07T21:59:59.000Z',
          }),
          fair('674', 2, {
            title: 'Vos compétences sont attendues chez FARMOR interim',
            start: '2018-03-25T22:00:00.000Z',
            end: '2018-05-25T21:59:59.000Z',
            locationLabel: 'CORSE',
            offersCount: 9,
            registrationOpensAt: '2018-03-25T22:00:00.000Z',
            registrationClosesAt: '2018-05-18T21:59:59.000Z',
          }),
        ],
      },
    });
  });

  it('keeps a fair’s id when its organiser edits the title', () => {
    const first = salonEnLigneSchema.parse(raw[0]);
    expect(normaliseSalon({ ...first, titre: 'SALON EN LIGNE SAP (nouvelles offres)' })?.key).toBe(
      normaliseSalon(first)?.key,
    );
  });
});
