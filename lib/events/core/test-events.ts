import type { EmploymentEvent } from './event';

/**
 * Test builders of domain events, shaped after lib/events/core/wire/fixtures.ts (MEE_EVENEMENT_SAMPLE
 * and SALON_EN_LIGNE_SAMPLE) as the background's normalisers map them. Dates are given
 * relative to a reference "now" by the tests.
 */
export function anInPersonEvent(overrides: Partial<EmploymentEvent> = {}): EmploymentEvent {
  return {
    key: 'mee:123456',
    source: 'mee',
    id: '123456',
    title: 'Job dating logistique',
    typeLabel: 'Job dating',
    typeCode: '18',
    start: '2025-11-25T08:00:00.000Z',
    end: '2025-11-25T11:00:00.000Z',
    timeZone: 'Europe/Paris',
    hasTime: true,
    online: false,
    modality: 'presentiel',
    place: {
      city: 'Riom',
      postalCode: '63200',
      inseeCode: '63300',
      departement: '63',
      latitude: 45.8936,
      longitude: 3.1126,
    },
    locationLabel: null,
    sectors: ['N'],
    romeCodes: ['N1103'],
    audiences: ['Tout public'],
    objectives: ['Recruter'],
    placesTotal: 30,
    placesLeft: 18,
    offersCount: null,
    registrationOpensAt: null,
    registrationClosesAt: null,
    organiser: 'France Travail Riom',
    descriptionHtml:
      '<p>Rencontrez des recruteurs du secteur.</p><ul><li>Préparateurs de commandes</li></ul>',
    url: 'https://mesevenementsemploi.francetravail.fr/mes-evenements-emploi/evenement/123456',
    runningNow: false,
    ...overrides,
  };
}

export function anOnlineFair(overrides: Partial<EmploymentEvent> = {}): EmploymentEvent {
  return {
    key: 'salon-en-ligne:42',
    source: 'salon-en-ligne',
    id: '42',
    title: 'Salon en ligne des métiers du soin',
    typeLabel: 'Salon en ligne',
    typeCode: '17',
    start: '2025-11-09T23:00:00.000Z',
    end: '2025-11-23T23:00:00.000Z',
    timeZone: 'Europe/Paris',
    hasTime: false,
    online: true,
    modality: 'distance',
    place: null,
    locationLabel: 'RIOM (dept 63)',
    sectors: [],
    romeCodes: [],
    audiences: [],
    objectives: [],
    placesTotal: null,
    placesLeft: null,
    offersCount: 42,
    registrationOpensAt: '2025-10-31T23:00:00.000Z',
    registrationClosesAt: '2025-11-29T23:00:00.000Z',
    organiser: 'France Travail Riom',
    descriptionHtml:
      '<p>Des offres en <strong>EHPAD</strong> et à domicile.</p><img src="https://example.org/affiche.png" alt="">',
    url: 'https://salonenligne.francetravail.fr/salons/42',
    runningNow: true,
    ...overrides,
  };
}

/** A full in-person forum in Paris 18e (several postal codes: the commune filter's case). */
export function aFullParisForum(overrides: Partial<EmploymentEvent> = {}): EmploymentEvent {
  return anInPersonEvent({
    key: 'mee:2',
    id: '2',
    title: 'Forum de l’emploi saisonnier',
    typeLabel: 'Forum',
    typeCode: '14',
    start: '2025-11-21T08:00:00Z',
    end: '2025-11-21T15:00:00Z',
    modality: 'mixte',
    place: {
      city: 'Paris',
      postalCode: '75018',
      inseeCode: '75118',
      departement: '75',
      latitude: null,
      longitude: null,
    },
    sectors: ['G'],
    placesLeft: 0,
    ...overrides,
  });
}

/** A remote CV workshop from Clermont-Ferrand with places left. */
export function aRemoteWorkshop(overrides: Partial<EmploymentEvent> = {}): EmploymentEvent {
  return anInPersonEvent({
    key: 'mee:3',
    id: '3',
    title: 'Atelier CV',
    typeLabel: 'Atelier',
    typeCode: '16',
    start: '2026-01-15T13:00:00Z',
    end: '2026-01-15T15:00:00Z',
    modality: 'distance',
    place: {
      city: 'Clermont-Ferrand',
      postalCode: '63000',
      inseeCode: '63113',
      departement: '63',
      latitude: null,
      longitude: null,
    },
    sectors: ['M'],
    placesLeft: 40,
    ...overrides,
  });
}
