import { describe, expect, it } from 'vitest';
import {
  DEPARTEMENTS,
  departementName,
  foldForSearch,
  formatDepartement,
  isDepartementCode,
  normaliseDepartementCode,
  searchDepartements,
} from './departements';
import { REGIONS, regionOfDepartement } from './regions';
import {
  readEtalabDepartements,
  readEtalabRegions,
  selectDepartements,
  selectRegions,
} from '../../../scripts/generate-departements';

describe('département table', () => {
  it('holds the 101 départements, Corsica and the overseas départements included', () => {
    expect(DEPARTEMENTS).toHaveLength(101);
    expect(departementName('63')).toBe('Puy-de-Dôme');
    expect(departementName('2A')).toBe('Corse-du-Sud');
    expect(departementName('2B')).toBe('Haute-Corse');
    expect(departementName('971')).toBe('Guadeloupe');
    expect(departementName('976')).toBe('Mayotte');
    expect(departementName('20')).toBeUndefined();
    expect(departementName('975')).toBeUndefined();
  });

  it('is what the generator derives from the Etalab data today (regenerate if this fails)', () => {
    const expected = selectDepartements(readEtalabDepartements());
    expect(DEPARTEMENTS.map((d) => [d.code, d.name])).toEqual(expected);
    expect(REGIONS.map((r) => [r.code, r.name, r.departements])).toEqual(
      selectRegions(readEtalabRegions(), readEtalabDepartements()),
    );
  });

  it('puts every département in exactly one of the 18 regions', () => {
    expect(REGIONS).toHaveLength(18);
    expect(REGIONS.flatMap((r) => r.departements).sort()).toEqual(DEPARTEMENTS.map((d) => d.code).sort());
    expect(regionOfDepartement('63')?.name).toBe('Auvergne-Rhône-Alpes');
    expect(regionOfDepartement('2A')?.name).toBe('Corse');
    expect(regionOfDepartement('974')?.name).toBe('La Réunion');
    expect(regionOfDepartement('99')).toBeUndefined();
  });
});

describe('normaliseDepartementCode', () => {
  it.each([
    ['63', '63'],
    [' 2a ', '2A'],
    ['1', '01'],
    ['971', '971'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseDepartementCode(input)).toBe(expected);
  });

  it.each(['20', '96', '975', 'AB', ''])('rejects %j', (input) => {
    expect(normaliseDepartementCode(input)).toBeUndefined();
  });

  it('guards codes', () => {
    expect(isDepartementCode('2B')).toBe(true);
    expect(isDepartementCode('2b')).toBe(false);
    expect(isDepartementCode(63)).toBe(false);
  });
});

describe('searchDepartements', () => {
  const codes = (query: string) => searchDepartements(query).map((d) => d.code);

  it('finds by exact code first, then by code prefix', () => {
    expect(codes('6')[0]).toBe('06');
    expect(codes('97')).toEqual(['971', '972', '973', '974', '976']);
    expect(codes('2a')).toEqual(['2A']);
  });

  it('finds by name without accents, case or hyphens', () => {
    expect(codes('puy de dome')).toEqual(['63']);
    expect(codes('REUNION')).toEqual(['974']);
    expect(codes('cotes d armor')).toEqual(['22']);
  });

  it('ranks names starting with the query before names containing it', () => {
    const found = codes('savoie');
    expect(found.slice(0, 2)).toEqual(['73', '74']);
    expect(codes('loire')[0]).toBe('42');
    expect(codes('loire')).toContain('44');
  });

  it('answers nothing for an empty query and respects the limit', () => {
    expect(searchDepartements('  ')).toEqual([]);
    expect(searchDepartements('a', 3)).toHaveLength(3);
  });

  it('formats code and name', () => {
    expect(formatDepartement('63')).toBe('63 – Puy-de-Dôme');
    expect(formatDepartement('99')).toBe('99');
    expect(foldForSearch('Côtes-d’Armor')).toBe('cotes d armor');
  });
});
