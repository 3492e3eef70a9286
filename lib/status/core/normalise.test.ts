import { describe, expect, it } from 'vitest';
import { API_PARTICULIER_PEOPLE, FRANCECONNECT_IDENTITIES } from '../../../simulator/data/people';
import type { JobSeekerStatus } from './status';
import { apiParticulierStatutSchema } from './wire/api-particulier';
import {
  API_PARTICULIER_STATUT_NO_LONGER_REGISTERED_SAMPLE,
  API_PARTICULIER_STATUT_SAMPLE,
  STATUT_AUGMENTE_SAMPLE,
} from './wire/fixtures';
import { statutAugmenteSchema } from './wire/statut-augmente';
import { normaliseCategoryCode } from './categories';
import { cnavCertification } from './cnav';
import { minimiseStatus } from './minimise-status';
import { aStatus } from './test-data';
import { normaliseApiParticulier } from './normalise-api-particulier';
import { normaliseStatutAugmente } from './normalise-statut-augmente';

const NOW = Date.parse('2025-03-14T10:00:00Z');
const STATUT = statutAugmenteSchema.parse(STATUT_AUGMENTE_SAMPLE);
const AP = apiParticulierStatutSchema.parse(API_PARTICULIER_STATUT_SAMPLE);

describe('normaliseStatutAugmente', () => {
  it('maps the documented payload into the status model', () => {
    expect(normaliseStatutAugmente(STATUT, NOW)).toEqual<JobSeekerStatus>({
      source: 'franceconnect',
      retrievedAt: '2025-03-14T10:00:00.000Z',
      identity: {
        civility: 'M.',
        birthName: 'DUPONT',
        usageName: null,
        firstName: 'JEAN',
        sex: 'Masculin',
        birthDate: '1990-01-01',
        cnav: 'certified',
        cnavCode: 'VC',
      },
      contact: { email: 'jean.dupont@example.fr', phone: '0636656565', phone2: null },
      address: {
        lines: ['DUPONT', 'APPARTEMENT 42', '42 RUE DE LA PAIX'],
        postalCode: '75007',
        locality: '75007 PARIS',
        inseeCode: '75107',
      },
      registration: {
        registeredNow: true,
        since: '2020-01-01',
        until: null,
        categoryCode: '1',
        categoryLabel: 'PERSONNE SANS EMPLOI DISPONIBLE DUREE INDETERMINEE PLEIN TPS',
      },
      notCovered: [],
    });
  });

  it('reads a past cessation as no longer registered, a future one as still registered', () => {
    const ended = (date: string) =>
      normaliseStatutAugmente(
        {
          ...STATUT,
          situationInscription: { ...STATUT.situationInscription, dateCessationInscription: date },
        },
        NOW,
      )?.registration;
    expect(ended('2024-06-30T00:00:00+02:00')).toMatchObject({ registeredNow: false, until: '2024-06-30' });
    expect(ended('2025-12-31T00:00:00+01:00')).toMatchObject({ registeredNow: true, until: '2025-12-31' });
  });

  it('survives hostile payloads: no contact, numeric category, odd dates', () => {
    const hostile = normaliseStatutAugmente(
      {
        ...STATUT,
        modalitesContact: null,
        etatCivil: { ...STATUT.etatCivil, codeCertificationCNAV: 'ZZ', nomUsage: '  ' },
        situationInscription: { ...STATUT.situationInscription, categorieInscription: 3 },
      },
      NOW,
    );
    expect(hostile).toMatchObject({
      contact: null,
      identity: { cnav: 'unknown', cnavCode: 'ZZ', usageName: null },
      registration: { categoryCode: '3' },
    });
    const badDate = {
      ...STATUT,
      situationInscription: { ...STATUT.situationInscription, dateInscription: '2020-13-45' },
    };
    expect(normaliseStatutAugmente(badDate, NOW)).toBeNull();
    expect(statutAugmenteSchema.safeParse({ ...STATUT_AUGMENTE_SAMPLE, adresse: null }).success).toBe(false);
  });

  it('normalises every identity of the simulator', () => {
    for (const identity of FRANCECONNECT_IDENTITIES) {
      const status = normaliseStatutAugmente(statutAugmenteSchema.parse(identity.statut), NOW);
      // A code 1–8, or (the backend's variant) a label kept with the category unknown.
      const registration = status?.registration;
      expect(registration?.categoryCode ?? registration?.categoryLabel, identity.key).toMatch(
        /^([1-8]|[A-Z ]{10,})$/,
      );
    }
  });
});

describe('normaliseApiParticulier', () => {
  it('maps the documented payload into the status model', () => {
    // The status-view tests' builder is this very mapping, registration date aside: pinning
    // them together keeps the UI tests fed with what the normaliser really produces.
    const built = aStatus();
    expect(normaliseApiParticulier(AP, NOW)).toEqual<JobSeekerStatus>({
      ...built,
      retrievedAt: new Date(NOW).toISOString(),
      registration: { ...built.registration!, since: '2024-01-01' },
    });
  });

  it('keeps identity, contact and address of someone no longer registered, as the sandbox sends them', () => {
    const status = normaliseApiParticulier(
      apiParticulierStatutSchema.parse(API_PARTICULIER_STATUT_NO_LONGER_REGISTERED_SAMPLE),
      Date.parse('2025-10-01T10:00:00Z'),
    );
    expect(status).toMatchObject({
      identity: { birthName: 'Mallette', firstName: 'Alex', cnav: 'certified' },
      contact: { email: 'alex.mallette@fake.fr' },
      address: { locality: '31400 TOULOUSE' },
      registration: { registeredNow: false, since: '2024-09-01', until: '2025-09-01', categoryCode: '1' },
      notCovered: [],
    });
  });

  it('rejects impossible dates and wrong types', () => {
    const bad = {
      ...AP,
      data: { ...AP.data, inscription: { ...AP.data.inscription!, date_debut: '2024-02-30' } },
    };
    expect(normaliseApiParticulier(bad, NOW)).toBeNull();
    expect(
      apiParticulierStatutSchema.safeParse({ data: { identifiant: '1', inscription: {} } }).success,
    ).toBe(false);
  });

  it('normalises every person of the simulator', () => {
    for (const person of API_PARTICULIER_PEOPLE) {
      expect(
        normaliseApiParticulier(apiParticulierStatutSchema.parse(person.payload), NOW),
        person.identifiant,
      ).not.toBeNull();
    }
  });
});

describe('small parts', () => {
  it('reads CNAV codes and category codes', () => {
    expect(cnavCertification('pc')).toEqual({ cnav: 'certified', cnavCode: 'PC' });
    expect(cnavCertification('RC')).toEqual({ cnav: 'not_certified', cnavCode: 'RC' });
    expect(cnavCertification(null)).toEqual({ cnav: 'not_certified', cnavCode: null });
    expect(normaliseCategoryCode(' 01 ')).toBe('1');
    expect(normaliseCategoryCode('A')).toBeNull();
  });

  it('minimises to the fields the organisation shows', () => {
    const status = normaliseStatutAugmente(STATUT, NOW) as JobSeekerStatus;
    const minimal = minimiseStatus(status, ['inscription']);
    expect(minimal).toMatchObject({ identity: null, contact: null, address: null });
    expect(minimal.registration?.categoryCode).toBe('1');
    const verdictOnly = minimiseStatus(status, ['identite']);
    expect(verdictOnly.registration).toEqual({
      registeredNow: true,
      since: null,
      until: null,
      categoryCode: null,
      categoryLabel: null,
    });
    expect(verdictOnly.identity?.birthName).toBe('DUPONT');
  });
});
