import { describe, expect, it } from 'vitest';
import { generateEvents } from '../../../simulator/data/events';
import { generateSalons } from '../../../simulator/data/salons';
import type { EmploymentEvent } from './event';
import { anInPersonEvent, anOnlineFair } from './test-events';
import { MEE_EVENEMENT_SAMPLE, SALON_EN_LIGNE_SAMPLE } from './wire/fixtures';
import { meeEvenementSchema, type MeeEvenement } from './wire/mee';
import { salonEnLigneSchema, type SalonEnLigne } from './wire/salons-en-ligne';
import { departementFromInsee, departementFromPostalCode } from './departement';
import { normaliseMeeEvent } from './normalise-mee';
import { normaliseSalon, salonId } from './normalise-salon';
import { parseItems } from './parse-items';
import { frenchDateToIso, wallDateOf, wallTimeToInstant } from '../../core/zoned-time';

const MEE: MeeEvenement = meeEvenementSchema.parse(MEE_EVENEMENT_SAMPLE);
const SALON: SalonEnLigne = salonEnLigneSchema.parse(SALON_EN_LIGNE_SAMPLE);
const BEFORE = Date.parse('2025-03-01T12:00:00Z');

describe('wall-clock times', () => {
  it('reads Paris hours as real instants in winter and in summer', () => {
    expect(wallTimeToInstant('2025-03-14', '09:00:00')).toBe('2025-03-14T08:00:00.000Z');
    expect(wallTimeToInstant('2025-07-14', '09:00')).toBe('2025-07-14T07:00:00.000Z');
    // The night of the change: 02:30 does not exist, 03:30 is already summer time.
    expect(wallTimeToInstant('2025-03-30', '03:30')).toBe('2025-03-30T01:30:00.000Z');
    expect(wallTimeToInstant('2025-10-26', '12:00')).toBe('2025-10-26T11:00:00.000Z');
    expect(wallTimeToInstant('2025-03-14', '09:00', 'America/Guadeloupe')).toBe('2025-03-14T13:00:00.000Z');
  });

  it('refuses dates and hours that are not on the calendar', () => {
    expect(wallTimeToInstant('2025-02-31', '09:00')).toBeNull();
    expect(wallTimeToInstant('2025-03-14', '25:00')).toBeNull();
    expect(frenchDateToIso('31/02/2025')).toBeNull();
    expect(frenchDateToIso('10/03/2025')).toBe('2025-03-10');
  });

  it('takes the sender’s wall date, converting UTC ones to Paris', () => {
    expect(wallDateOf('1990-01-01T00:00:00+01:00')).toBe('1990-01-01');
    expect(wallDateOf('2025-03-13T23:30:00Z')).toBe('2025-03-14');
    expect(wallDateOf('2024-01-01')).toBe('2024-01-01');
    expect(wallDateOf('01/01/2024')).toBeNull();
  });
});

describe('départements', () => {
  it('derives them from INSEE and postal codes, Corsica and overseas included', () => {
    expect(departementFromInsee('63300')).toBe('63');
    expect(departementFromInsee('2A004')).toBe('2A');
    expect(departementFromInsee('97105')).toBe('971');
    expect(departementFromInsee('99999')).toBeNull();
    expect(departementFromPostalCode('20000')).toBe('2A');
    expect(departementFromPostalCode('20200')).toBe('2B');
    expect(departementFromPostalCode('97400')).toBe('974');
    expect(departementFromPostalCode('7500')).toBeNull();
  });
});

describe('normaliseMeeEvent', () => {
  it('maps the documented event into the domain model', () => {
    // The documented sample is the builder's in-person event, on its own date, without an
    // organiser (the documented payload has none) and with the sample's own texts.
    expect(normaliseMeeEvent(MEE, BEFORE)).toEqual<EmploymentEvent>(
      anInPersonEvent({
        start: '2025-03-14T08:00:00.000Z',
        end: '2025-03-14T11:00:00.000Z',
        organiser: null,
        descriptionHtml: MEE_EVENEMENT_SAMPLE.description,
        url: MEE_EVENEMENT_SAMPLE.urlDetailEvenement,
      }),
    );
  });

  it('knows when an event is running', () => {
    expect(normaliseMeeEvent(MEE, Date.parse('2025-03-14T09:00:00Z'))?.runningNow).toBe(true);
    expect(normaliseMeeEvent(MEE, Date.parse('2025-03-14T11:00:00Z'))?.runningNow).toBe(false);
  });

  it('reads remote and mixed events, and events without hours', () => {
    const remote = normaliseMeeEvent(
      { ...MEE, modalites: ['à distance'], ville: null, codePostal: null },
      BEFORE,
    );
    expect(remote).toMatchObject({ modality: 'distance', online: true, place: null });
    expect(normaliseMeeEvent({ ...MEE, modalites: ['en physique', 'à distance'] }, BEFORE)?.modality).toBe(
      'mixte',
    );
    const noHours = normaliseMeeEvent({ ...MEE, heureDebut: null, heureFin: null }, BEFORE);
    expect(noHours).toMatchObject({ start: '2025-03-13T23:00:00.000Z', end: null, hasTime: false });
  });

  it('survives hostile values: end before start, odd counts, bad URLs, wrong zones', () => {
    const event = normaliseMeeEvent(
      {
        ...MEE,
        heureFin: '08:00:00',
        nombrePlaceTotalPresentiel: null,
        nombrePlaceTotalDistance: null,
        nombreInscritPresentiel: 50,
        latitude: 900,
        urlDetailEvenement: 'javascript:alert(1)',
        timezone: 'Mars/Olympus',
        codesRome: ['n1103', 'Z9999', ''],
        offresId: ['1', '2'],
      },
      BEFORE,
    );
    expect(event).toMatchObject({
      start: '2025-03-14T08:00:00.000Z',
      end: null,
      placesTotal: null,
      placesLeft: null,
      url: null,
      sectors: ['N'],
      offersCount: 2,
    });
    expect(event?.place?.latitude).toBeNull();
    expect(normaliseMeeEvent({ ...MEE, nombreInscritPresentiel: 99 }, BEFORE)?.placesLeft).toBe(0);
    expect(normaliseMeeEvent({ ...MEE, dateEvenement: '2025-02-30T00:00:00+01:00' }, BEFORE)).toBeNull();
  });

  it('normalises every event the simulator serves', () => {
    const wires = generateEvents({ count: 300 }).map((e) => e.wire);
    const { items, dropped } = parseItems(wires, meeEvenementSchema, (e) => normaliseMeeEvent(e));
    expect(dropped).toBe(0);
    expect(items).toHaveLength(300);
    expect(new Set(items.map((e) => e.key)).size).toBe(300);
  });
});

describe('normaliseSalon', () => {
  it('maps the documented online fair into the domain model', () => {
    // The builder's online fair, on the sample's dates (whole Paris days) and with its texts.
    expect(normaliseSalon(SALON)).toEqual<EmploymentEvent>(
      anOnlineFair({
        start: '2025-03-09T23:00:00.000Z',
        end: '2025-03-24T22:59:59.000Z',
        registrationOpensAt: '2025-02-28T23:00:00.000Z',
        registrationClosesAt: '2025-03-20T22:59:59.000Z',
        descriptionHtml: SALON_EN_LIGNE_SAMPLE.description,
        url: SALON_EN_LIGNE_SAMPLE.urlSalonEnLigne,
      }),
    );
  });

  it('gives fairs without an id in their URL a stable hash id, which an edited title does not change', () => {
    const noId = { ...SALON, urlSalonEnLigne: 'https://salonenligne.francetravail.fr/salons/soin' };
    expect(salonId(noId)).toMatch(/^[0-9a-f]{8}$/);
    expect(salonId(noId)).toBe(salonId({ ...noId }));
    expect(salonId({ ...noId, titre: 'Autre' })).toBe(salonId(noId));
    expect(
      salonId({ ...noId, urlSalonEnLigne: 'https://salonenligne.francetravail.fr/salons/autre' }),
    ).not.toBe(salonId(noId));
  });

  it('drops fairs with impossible dates and older payloads lacking optional fields still pass', () => {
    expect(normaliseSalon({ ...SALON, dateDebut: '31/02/2025' })).toBeNull();
    const { typeEvenement: _t, organismeOrganisateur: _o, ...older } = SALON_EN_LIGNE_SAMPLE;
    const parsed = parseItems(
      [older, { ...older, dateDebut: '2025-03-10' }, 42, null],
      salonEnLigneSchema,
      normaliseSalon,
    );
    expect(parsed.dropped).toBe(3);
    expect(parsed.items[0]).toMatchObject({ typeLabel: 'Salon en ligne', organiser: null });
  });

  it('normalises every fair the simulator serves', () => {
    const { items, dropped } = parseItems(generateSalons(), salonEnLigneSchema, normaliseSalon);
    expect(dropped).toBe(0);
    expect(items.length).toBeGreaterThan(10);
  });
});
