import { DEPARTEMENT_ENTRIES } from './departements-data';

/**
 * The 101 départements (code → name), small enough for any UI bundle. Pure functions only:
 * lookup, code normalisation, and search "by name or code" for pickers and filters.
 */

export type DepartementCode = (typeof DEPARTEMENT_ENTRIES)[number][0];

export interface Departement {
  code: DepartementCode;
  name: string;
}

export const DEPARTEMENTS: readonly Departement[] = DEPARTEMENT_ENTRIES.map(([code, name]) => ({
  code,
  name,
}));

const NAMES: ReadonlyMap<string, string> = new Map(DEPARTEMENT_ENTRIES);

export function isDepartementCode(value: unknown): value is DepartementCode {
  return typeof value === 'string' && NAMES.has(value);
}

/** The official name, or undefined for an unknown code. */
export function departementName(code: string): string | undefined {
  return NAMES.get(code);
}

/**
 * A typed code in its official form: trimmed, "2a" → "2A", "1" → "01", "20" stays unknown
 * (Corsica is 2A/2B). Answers undefined when the result is not a département.
 */
export function normaliseDepartementCode(input: string): DepartementCode | undefined {
  let code = input.trim().toUpperCase();
  if (/^\d$/.test(code)) code = `0${code}`;
  return isDepartementCode(code) ? code : undefined;
}

/** "63 – Puy-de-Dôme"; the code alone when unknown. */
export function formatDepartement(code: string): string {
  const name = departementName(code);
  return name ? `${code} – ${name}` : code;
}

/** Lower case, no accents, hyphens and apostrophes as spaces: "Côtes-d'Armor" → "cotes d armor". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-'’\s]+/g, ' ')
    .trim();
}

const FOLDED = DEPARTEMENTS.map((departement) => ({ departement, folded: foldForSearch(departement.name) }));

/**
 * Départements matching a query by code or by name, best first: exact code, code prefix,
 * name prefix (or a word of the name), then name containing the query. Empty query → none.
 */
export function searchDepartements(query: string, limit = DEPARTEMENTS.length): Departement[] {
  const folded = foldForSearch(query);
  if (!folded) return [];
  const code = query.trim().toUpperCase();
  const ranked: { departement: Departement; rank: number }[] = [];
  for (const entry of FOLDED) {
    const { departement } = entry;
    let rank: number | undefined;
    if (departement.code === code || departement.code === `0${code}`) rank = 0;
    else if (departement.code.startsWith(code)) rank = 1;
    else if (entry.folded.startsWith(folded)) rank = 2;
    else if (entry.folded.includes(` ${folded}`)) rank = 3;
    else if (entry.folded.includes(folded)) rank = 4;
    if (rank !== undefined) ranked.push({ departement, rank });
  }
  // Array.prototype.sort is stable: equal ranks keep the official order.
  return ranked
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((entry) => entry.departement);
}
