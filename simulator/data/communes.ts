/** The committed commune table (see build-communes.ts), loaded as typed records. */
import { createRequire } from 'node:module';

export interface Commune {
  codeInsee: string;
  nom: string;
  departement: string;
  codesPostaux: string[];
  population: number;
  latitude: number;
  longitude: number;
}

type Row = [string, string, string, string, number, number, number];

let cache: Commune[] | undefined;

/** All communes with coordinates, in INSEE code order. */
export function loadCommunes(): Commune[] {
  if (!cache) {
    const rows = createRequire(import.meta.url)('./communes.json') as Row[];
    cache = rows.map(([codeInsee, nom, departement, cps, population, latitude, longitude]) => ({
      codeInsee,
      nom,
      departement,
      codesPostaux: cps.split(' '),
      population,
      latitude,
      longitude,
    }));
  }
  return cache;
}

/** Metropolitan départements (2A/2B included) and the five DROM the events API covers. */
export function departementCodes(): string[] {
  return [...new Set(loadCommunes().map((c) => c.departement))].sort();
}
