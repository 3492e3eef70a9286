// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apiParticulierStatutSchema } from '../../lib/status/core/wire/api-particulier';
import { meeEvenementSchema, MEE_TYPE_CODES, SECTEUR_CODES } from '../../lib/events/core/wire/mee';
import { salonEnLigneSchema } from '../../lib/events/core/wire/salons-en-ligne';
import { statutAugmenteSchema } from '../../lib/status/core/wire/statut-augmente';
import {
  API_PARTICULIER_PEOPLE,
  FRANCECONNECT_IDENTITIES,
  departementCodes,
  generateEvents,
  generateSalons,
  loadCommunes,
  searchEvents,
} from './index';

const referenceDate = new Date('2025-03-10T09:00:00Z');
const events = generateEvents({ seed: 'demo', referenceDate });

describe('generated events', () => {
  it('are deterministic for a seed and a reference date, and differ with another seed', () => {
    expect(generateEvents({ seed: 'demo', referenceDate })).toEqual(events);
    expect(generateEvents({ seed: 'autre', referenceDate }).map((e) => e.wire.id)).not.toEqual(
      events.map((e) => e.wire.id),
    );
  });

  it('are at least 2,000, with unique ids, all valid on the wire', () => {
    expect(events.length).toBeGreaterThanOrEqual(2000);
    expect(new Set(events.map((e) => e.wire.id)).size).toBe(events.length);
    for (const e of events) meeEvenementSchema.parse(e.wire);
  });

  it('cover every département, Corsica and the five DROM included', () => {
    const codes = departementCodes();
    expect(codes).toHaveLength(101);
    expect(codes).toEqual(expect.arrayContaining(['2A', '2B', '971', '972', '973', '974', '976']));
    expect(new Set(events.map((e) => e.departement))).toEqual(new Set(codes));
  });

  it('sit in real communes (INSEE code, postal code and coordinates from the table)', () => {
    const byInsee = new Map(loadCommunes().map((c) => [c.codeInsee, c]));
    for (const e of events.slice(0, 300)) {
      const commune = byInsee.get(e.wire.codeInsee!);
      expect(commune).toBeDefined();
      expect(commune!.codesPostaux).toContain(e.wire.codePostal);
      expect(e.wire.latitude).toBe(commune!.latitude);
    }
  });

  it('follow the population: Paris has more events than a rural département', () => {
    expect(events.filter((e) => e.departement === '75').length).toBeGreaterThan(
      5 * events.filter((e) => e.departement === '48').length,
    );
  });

  it('span the next six months (plus a few past ones), with all types, sectors and modalities', () => {
    const dates = events.map((e) => e.dateDebut).sort();
    expect(dates[0]! < '2025-03-10').toBe(true);
    expect(dates.at(-1)! > '2025-08-15').toBe(true);
    expect(dates.at(-1)! <= '2025-09-09').toBe(true);
    expect(new Set(events.map((e) => e.typeCode))).toEqual(new Set(Object.keys(MEE_TYPE_CODES)));
    expect(new Set(events.flatMap((e) => e.secteurs))).toEqual(new Set(SECTEUR_CODES));
    expect(events.some((e) => e.modalites.length === 2)).toBe(true);
    expect(events.some((e) => e.dateFin > e.dateDebut)).toBe(true);
  });

  it('have full, almost full and open events, and rich HTML descriptions', () => {
    const left = events.map(
      (e) => (e.wire.nombrePlaceTotalPresentiel ?? 0) - (e.wire.nombreInscritPresentiel ?? 0),
    );
    const inPerson = events.filter((e) => e.modalites.includes('ENPHY'));
    expect(inPerson.some((e) => e.wire.nombreInscritPresentiel === e.wire.nombrePlaceTotalPresentiel)).toBe(
      true,
    );
    expect(left.some((l) => l > 0 && l <= 3)).toBe(true);
    expect(left.some((l) => l > 10)).toBe(true);
    const html = events.map((e) => e.wire.description).join('\n');
    for (const tag of ['<p>', '<ul>', '<li>', '<a href="https://', '<img src="https://'])
      expect(html).toContain(tag);
  });

  it('carry the start instant in dateEvenement, with the offset of the event’s own zone', () => {
    const formats = new Map<string, Intl.DateTimeFormat>();
    const localFormat = (timeZone: string) => {
      const format =
        formats.get(timeZone) ??
        new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'medium' });
      formats.set(timeZone, format);
      return format;
    };
    for (const e of events) {
      const { dateEvenement, heureDebut, timezone } = e.wire;
      // The wall time of dateEvenement is heureDebut, and its date the local start day.
      expect(dateEvenement.slice(0, 19)).toBe(`${e.dateDebut}T${heureDebut}`);
      const local = localFormat(timezone!).format(new Date(dateEvenement));
      expect(local.replace(' ', 'T')).toBe(`${e.dateDebut}T${heureDebut}`);
    }
    const zoneOf = (dep: string) =>
      new Set(events.filter((e) => e.departement === dep).map((e) => e.wire.timezone));
    expect(zoneOf('974')).toEqual(new Set(['Indian/Reunion']));
    expect(zoneOf('971')).toEqual(new Set(['America/Guadeloupe']));
    expect(zoneOf('972')).toEqual(new Set(['America/Martinique']));
    expect(zoneOf('973')).toEqual(new Set(['America/Cayenne']));
    expect(zoneOf('976')).toEqual(new Set(['Indian/Mayotte']));
    expect(zoneOf('75')).toEqual(new Set(['Europe/Paris']));
  });

  it('include one fixed event per overseas département, and the same workshop on both sides of a DST change', () => {
    const byId = new Map(events.map((e) => [e.wire.id, e.wire]));
    expect(byId.get(390_001)?.dateEvenement).toBe('2025-03-13T09:00:00.000+04:00');
    expect(byId.get(390_002)?.dateEvenement).toBe('2025-03-14T14:00:00.000-04:00');
    expect(byId.get(390_003)?.dateEvenement).toBe('2025-03-15T09:30:00.000-04:00');
    expect(byId.get(390_004)?.dateEvenement).toBe('2025-03-16T10:00:00.000-03:00');
    expect(byId.get(390_005)?.dateEvenement).toBe('2025-03-17T08:00:00.000+03:00');
    // Paris went to summer time on 30 March 2025.
    expect(byId.get(390_006)?.dateEvenement).toBe('2025-03-29T09:00:00.000+01:00');
    expect(byId.get(390_007)?.dateEvenement).toBe('2025-03-31T09:00:00.000+02:00');
  });

  it('search: a multi-day event matches any day it covers', () => {
    const multi = events.find((e) => e.dateFin > e.dateDebut)!;
    const ids = searchEvents(events, { dateDebut: multi.dateFin, dateFin: multi.dateFin }).map(
      (e) => e.wire.id,
    );
    expect(ids).toContain(multi.wire.id);
  });
});

describe('online fairs', () => {
  const salons = generateSalons({ seed: 'demo', referenceDate });
  it('are at least 30, valid, deterministic; some running, some with applications closed', () => {
    expect(salons.length).toBeGreaterThanOrEqual(30);
    for (const s of salons) salonEnLigneSchema.parse(s);
    expect(generateSalons({ seed: 'demo', referenceDate })).toEqual(salons);
    expect(salons.filter((s) => s.salonEnCours).length).toBeGreaterThan(5);
    expect(salons.filter((s) => !s.salonEnCours).length).toBeGreaterThan(5);
    const toIso = (d: string) => d.split('/').reverse().join('-');
    expect(salons.some((s) => toIso(s.dateFinCandidature!) < '2025-03-10')).toBe(true);
    expect(salons.some((s) => s.organismeOrganisateur === undefined)).toBe(true);
  });

  it('link to their page with the fair’s id as ?salonId=, as real fairs do', () => {
    const ids = salons.map((s) => new URL(s.urlSalonEnLigne).searchParams.get('salonId'));
    for (const id of ids) expect(id).toMatch(/^\d+$/);
    expect(new Set(ids).size).toBe(salons.length);
  });
});

describe('test people', () => {
  it('FranceConnect identities cover categories 1–8, certified and not, registered and not', () => {
    const statuts = FRANCECONNECT_IDENTITIES.map((i) => statutAugmenteSchema.parse(i.statut));
    const codes = statuts.map((s) => s.situationInscription.categorieInscription);
    expect(new Set(codes.filter((c) => /^\d$/.test(String(c))).map(Number))).toEqual(
      new Set([1, 2, 3, 4, 5, 6, 7, 8]),
    );
    // The backend's spelling: a label where the code should be, and INSEECommune.
    const variant = statuts.find((s) => s.adresse.INSEECommune !== undefined);
    expect(variant?.situationInscription.categorieInscription).toBe(
      'PERSONNE SANS EMPLOI NON DISPONIBLE IMMEDIATEMENT',
    );
    expect(variant?.adresse.inseecommune).toBeUndefined();
    expect(new Set(statuts.map((s) => s.etatCivil.codeCertificationCNAV))).toEqual(
      new Set(['VC', 'IC', 'PC', 'AC', 'DC', 'EC', 'RC', null]),
    );
    expect(statuts.some((s) => s.situationInscription.dateCessationInscription !== null)).toBe(true);
    expect(statuts.some((s) => s.modalitesContact === undefined)).toBe(true);
    expect(statuts.some((s) => typeof s.situationInscription.categorieInscription === 'number')).toBe(true);
    expect(FRANCECONNECT_IDENTITIES.map((i) => i.label)).toContain('Éloïse Lefèvre-Nguyễn');
    expect(new Set(FRANCECONNECT_IDENTITIES.map((i) => i.key)).size).toBe(FRANCECONNECT_IDENTITIES.length);
  });

  it('API Particulier people are valid, categories 1–5 only, with the sandbox identifier', () => {
    for (const p of API_PARTICULIER_PEOPLE) apiParticulierStatutSchema.parse(p.payload);
    const codes = API_PARTICULIER_PEOPLE.map((p) => p.payload.data.inscription?.categorie?.code).filter(
      (c) => c !== undefined,
    );
    expect(new Set(codes)).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(API_PARTICULIER_PEOPLE.map((p) => p.identifiant)).toEqual(
      expect.arrayContaining(['default', '123461A', 'jean.dupont33', 'martin.jacques']),
    );
    // As in the real sandbox, people no longer registered still have identity, contact and address.
    const gone = API_PARTICULIER_PEOPLE.filter((p) => p.payload.data.inscription?.date_fin);
    expect(gone.length).toBeGreaterThanOrEqual(4);
    for (const p of gone) {
      expect(p.payload.data.identite, p.identifiant).toBeTruthy();
      expect(p.payload.data.contact, p.identifiant).toBeTruthy();
      expect(p.payload.data.adresse, p.identifiant).toBeTruthy();
    }
  });
});
