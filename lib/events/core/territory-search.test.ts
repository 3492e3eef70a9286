import { describe, expect, it } from 'vitest';
import { parseCommuneIndex } from './commune-index';
import { readCommuneIndex } from '../test-commune-index';
import { suggestTerritories } from './territory-search';

const index = readCommuneIndex();
const shown = (query: string, communes: typeof index | null = index) =>
  suggestTerritories(query, communes).map((s) => `${s.kind}:${s.name} (${s.departement})`);

describe('the commune index', () => {
  it('holds every commune of the metropolitan and overseas départements', () => {
    expect(index.length).toBeGreaterThan(34_000);
    const riom = index.find((c) => c.name === 'Riom');
    expect(riom).toMatchObject({ departement: '63', postalCodes: ['63200'], folded: 'riom' });
    expect(index.find((c) => c.name === 'Paris')?.postalCodes).toHaveLength(21);
  });

  it('skips malformed lines instead of failing', () => {
    const parsed = parseCommuneIndex(
      'Riom\t63\t63200\t43\n\nBroken\nNowhere\t99\t99000\t1\nVichy\t03\t03200 x\t44',
    );
    expect(parsed.map((c) => [c.name, c.postalCodes])).toEqual([
      ['Riom', ['63200']],
      ['Vichy', ['03200']],
    ]);
  });
});

describe('suggestTerritories: one field for a commune, a postal code or a département', () => {
  it('finds a commune by its name, whatever the accents and hyphens', () => {
    expect(shown('Riom')[0]).toBe('commune:Riom (63)');
    expect(shown('clermont ferrand')[0]).toBe('commune:Clermont-Ferrand (63)');
    expect(shown('St Etienne')[0]).toBe('commune:Saint-Étienne (42)');
  });

  it('ranks bigger communes first, an exact name counting as a bigger commune', () => {
    expect(shown('Clermont').slice(0, 2)).toEqual(['commune:Clermont-Ferrand (63)', 'commune:Clermont (60)']);
    expect(shown('Montp')[0]).toBe('commune:Montpellier (34)');
    expect(shown('Riom')[0]).toBe('commune:Riom (63)');
  });

  it('puts a département named as typed first, and Paris once', () => {
    expect(shown('Puy-de-Dôme')[0]).toBe('departement:Puy-de-Dôme (63)');
    expect(shown('paris').filter((s) => s.endsWith('(75)'))).toEqual(['departement:Paris (75)']);
  });

  it('answers a postal code with its communes, the typed code first', () => {
    const found = suggestTerritories('63000', index);
    expect(found[0]).toMatchObject({ kind: 'commune', name: 'Clermont-Ferrand', departement: '63' });
    expect(found[0]?.postalCodes[0]).toBe('63000');
    expect(suggestTerritories('75018', index)[0]).toMatchObject({ name: 'Paris', departement: '75' });
    expect(suggestTerritories('75018', index)[0]?.postalCodes[0]).toBe('75018');
  });

  it('answers a postal code with its département while the index loads', () => {
    expect(shown('63200', [])).toEqual(['departement:Puy-de-Dôme (63)']);
    expect(suggestTerritories('63200', null)[0]?.departement).toBe('63');
  });

  it('answers a département number with the département first', () => {
    expect(shown('63')[0]).toBe('departement:Puy-de-Dôme (63)');
    expect(shown('2a')[0]).toBe('departement:Corse-du-Sud (2A)');
    expect(shown('974')[0]).toBe('departement:La Réunion (974)');
  });

  it('finds départements by name while the index loads', () => {
    expect(shown('puy', null)).toEqual(['departement:Puy-de-Dôme (63)']);
  });

  it('answers nothing for an empty query or unknown words, and keeps to the limit', () => {
    expect(suggestTerritories('  ', index)).toEqual([]);
    expect(suggestTerritories('zzzzqx', index)).toEqual([]);
    expect(suggestTerritories('saint', index, 5)).toHaveLength(5);
  });
});
