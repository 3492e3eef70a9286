import { describe, expect, it } from 'vitest';
import { buildCommuneOptions, communeCodeOf, multiPostalCommune, searchCommunes } from './communes';

const place = (city: string, postalCode: string, inseeCode: string | null, departement: string) => ({
  city,
  postalCode,
  inseeCode,
  departement,
  latitude: null,
  longitude: null,
});

describe('communes', () => {
  it('expands Paris, Lyon and Marseille to one postal code per arrondissement', () => {
    expect(multiPostalCommune('75056')?.postalCodes).toHaveLength(21);
    expect(multiPostalCommune('75118')?.name).toBe('Paris');
    expect(multiPostalCommune('69123')?.postalCodes).toEqual([
      '69001',
      '69002',
      '69003',
      '69004',
      '69005',
      '69006',
      '69007',
      '69008',
      '69009',
    ]);
    expect(multiPostalCommune('13055')?.postalCodes).toHaveLength(16);
    expect(communeCodeOf('13208')).toBe('13055');
    expect(communeCodeOf('63300')).toBe('63300');
    expect(multiPostalCommune('63300')).toBeUndefined();
  });

  it('offers the events’ communes, merged with the table, one entry per commune', () => {
    const options = buildCommuneOptions([
      place('Riom', '63200', '63300', '63'),
      place('Riom', '63200', '63300', '63'),
      place('Paris', '75018', '75118', '75'),
      place('Saint-Denis', '97400', null, '974'),
      null,
    ]);
    const riom = options.filter((c) => c.name === 'Riom');
    expect(riom).toEqual([{ code: '63300', name: 'Riom', departement: '63', postalCodes: ['63200'] }]);
    expect(options.filter((c) => c.name === 'Paris')).toHaveLength(1);
    expect(options.find((c) => c.code === '974:saint denis')?.postalCodes).toEqual(['97400']);
  });

  it('searches by name without accents, then by postal code', () => {
    const options = buildCommuneOptions([place('Clermont-Ferrand', '63000', '63113', '63')]);
    expect(searchCommunes(options, 'clermont f')[0]?.name).toBe('Clermont-Ferrand');
    expect(searchCommunes(options, 'MARSEILLE')[0]?.code).toBe('13055');
    expect(searchCommunes(options, '13008').map((c) => c.code)).toContain('13055');
    expect(searchCommunes(options, '   ')).toEqual([]);
  });
});
