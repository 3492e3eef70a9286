import { describe, expect, it } from 'vitest';
import { generateSalons } from '../../../simulator/data/salons';
import { concernsTerritory, fairMatcher } from './fair-relevance';
import { readCommuneIndex } from '../test-commune-index';

const index = readCommuneIndex();
const matcherFor = (...departements: string[]) => fairMatcher(departements, index);

describe('fairMatcher: an online fair’s localisation against the territory', () => {
  const puyDeDome = matcherFor('63');

  it.each([
    ['RIOM (dept 63)', 'territory'],
    ['Auvergne-Rhône-Alpes', 'territory'],
    ['AURA', 'territory'],
    ['National', 'national'],
    ['France entière', 'national'],
    ['Toute la France', 'national'],
    ['France', 'national'],
    ['Agence de Clermont-Ferrand', 'territory'],
    ['Agence France Travail de Thiers', 'territory'],
    ['Puy-de-Dôme', 'territory'],
    ['Département du Puy-de-Dôme (63)', 'territory'],
    ['Bassin d’Issoire', 'territory'],
    ['63200', 'territory'],
    ['Agence France Travail Lyon 7e', 'elsewhere'],
    ['Hauts-de-France', 'elsewhere'],
    ['Toulouse et sa périphérie', 'elsewhere'],
    ['Département de la Réunion (974)', 'elsewhere'],
    ['Corse-du-Sud (2A)', 'elsewhere'],
    ['Marseille (13)', 'elsewhere'],
    ['Strasbourg Eurométropole', 'elsewhere'],
    ['Guadeloupe', 'elsewhere'],
    ['Haute-Loire', 'elsewhere'],
    ['Job dating', 'unknown'],
    ['Salon en ligne', 'unknown'],
    ['', 'unknown'],
  ])('Puy-de-Dôme: %j → %s', (localisation, scope) => {
    expect(puyDeDome(localisation)).toBe(scope);
  });

  it('reads no place in an absent localisation', () => {
    expect(puyDeDome(null)).toBe('unknown');
    expect(puyDeDome(undefined)).toBe('unknown');
  });

  it('takes the longest name: Haute-Loire is not Loire, Pays de la Loire is a region', () => {
    const loire = matcherFor('42');
    expect(loire('Haute-Loire')).toBe('elsewhere');
    expect(loire('Loire')).toBe('territory');
    expect(loire('Saint-Étienne (42)')).toBe('territory');
    expect(loire('Pays de la Loire')).toBe('elsewhere');
    expect(matcherFor('44')('Pays de la Loire')).toBe('territory');
  });

  it('tells Corsica’s two départements apart, and its region covers both', () => {
    const hauteCorse = matcherFor('2B');
    expect(hauteCorse('Corse-du-Sud (2A)')).toBe('elsewhere');
    expect(hauteCorse('Corse')).toBe('territory');
    expect(hauteCorse('Bastia')).toBe('territory');
    expect(matcherFor('2A')('Corse-du-Sud (2A)')).toBe('territory');
  });

  it('reads overseas départements with or without their article', () => {
    const reunion = matcherFor('974');
    expect(reunion('Département de la Réunion (974)')).toBe('territory');
    expect(reunion('Réunion')).toBe('territory');
    expect(reunion('Saint-Denis')).toBe('territory');
    expect(matcherFor('971')('Guadeloupe')).toBe('territory');
  });

  it('finds the territory among several places and in Paris arrondissements', () => {
    expect(matcherFor('69')('Agence France Travail Lyon 7e')).toBe('territory');
    expect(matcherFor('75')('Paris 18e')).toBe('territory');
    expect(puyDeDome('Vichy, Riom et Moulins')).toBe('territory');
  });

  it('reads a longer commune name elsewhere as that commune, not as a shorter one of the territory', () => {
    expect(puyDeDome('Thiers')).toBe('territory');
    expect(puyDeDome('Thiers-sur-Thève')).toBe('elsewhere');
  });

  it('never reads an ordinary word as a commune (Job, a commune of the Puy-de-Dôme)', () => {
    expect(puyDeDome('Job dating des métiers du soin')).toBe('unknown');
    expect(matcherFor('10')('Salon virtuel')).toBe('unknown');
  });

  it('over all of France (no territory), every fair concerns the agent', () => {
    const everywhere = fairMatcher([], []);
    expect(everywhere('Guadeloupe')).toBe('territory');
    expect(everywhere('National')).toBe('national');
    expect(concernsTerritory(everywhere('Bretagne'))).toBe(true);
  });

  it('keeps, of the simulator’s fairs, those of the Puy-de-Dôme and the national ones', () => {
    const localisations = new Set(generateSalons().map((salon) => salon.localisation ?? ''));
    const concerned = [...localisations].filter((text) => concernsTerritory(puyDeDome(text))).sort();
    expect(concerned).toEqual(['National', 'RIOM (dept 63)']);
  });
});
