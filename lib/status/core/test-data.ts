import type { JobSeekerStatus } from './status';

/**
 * Test data builder: a normalised status as lib/status builds it from the documented API
 * Particulier sample (lib/events/core/wire/fixtures.ts), registration date moved to 2025-03-03.
 */
export const aStatus = (over: Partial<JobSeekerStatus> = {}): JobSeekerStatus => ({
  source: 'api-particulier',
  retrievedAt: '2025-03-10T09:30:00.000Z',
  identity: {
    civility: 'MME',
    birthName: 'Courtet',
    usageName: null,
    firstName: 'Martine',
    sex: 'Féminin',
    birthDate: '1990-01-06',
    cnav: 'certified',
    cnavCode: 'VC',
  },
  contact: { email: 'martine.courtet@example.fr', phone: '0601020304', phone2: null },
  address: {
    lines: ['Courtet', 'APPARTEMENT 42', '11 Rue Capus'],
    postalCode: '31400',
    locality: '31400 TOULOUSE',
    inseeCode: '31555',
  },
  registration: {
    registeredNow: true,
    since: '2025-03-03',
    until: null,
    categoryCode: '1',
    categoryLabel: 'PERSONNE SANS EMPLOI DISPONIBLE DUREE INDETERMINEE PLEIN TPS',
  },
  notCovered: [],
  ...over,
});
