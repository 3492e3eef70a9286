import type { EventPlace } from '../core/event';
import { ARRONDISSEMENTS, MULTI_POSTAL_COMMUNES } from './communes-data';
import { foldForSearch } from '../../settings/core/departements';

/**
 * The commune filter: communes the agent can pick, each with every postal code it has, so
 * that "Marseille" finds an event in 13008 and "Paris" one in 75018. Built from the
 * events' own places plus the generated table of communes with several postal codes.
 * Load with `import()` from the side panel only (the table is ~20 KB).
 */
export interface Commune {
  /** INSEE code of the commune (arrondissements folded into their city). */
  code: string;
  name: string;
  departement: string;
  postalCodes: string[];
}

const PARENT = new Map<string, string>(
  ARRONDISSEMENTS.map(([arrondissement, commune]) => [arrondissement, commune]),
);
const MULTI = new Map<string, Commune>(
  MULTI_POSTAL_COMMUNES.map(([code, name, departement, codes]) => [
    code,
    { code, name, departement, postalCodes: codes.split(' ') },
  ]),
);

/** "75118" (Paris 18e) → "75056" (Paris); other codes unchanged. */
export function communeCodeOf(inseeCode: string): string {
  return PARENT.get(inseeCode) ?? inseeCode;
}

/** The postal codes of a commune known to have several; undefined otherwise. */
export function multiPostalCommune(inseeCode: string): Commune | undefined {
  return MULTI.get(communeCodeOf(inseeCode));
}

/**
 * Every commune the filter offers: those of the events (by INSEE code, or by name and
 * département when the source gives none) and all communes with several postal codes,
 * each with the union of its known postal codes. Sorted by name.
 */
export function buildCommuneOptions(places: Iterable<EventPlace | null>): Commune[] {
  const byKey = new Map<string, Commune>();
  for (const commune of MULTI.values())
    byKey.set(commune.code, { ...commune, postalCodes: [...commune.postalCodes] });
  for (const place of places) {
    if (!place?.postalCode) continue;
    const code = place.inseeCode
      ? communeCodeOf(place.inseeCode)
      : `${place.departement ?? ''}:${foldForSearch(place.city)}`;
    const known = byKey.get(code);
    if (known) {
      if (!known.postalCodes.includes(place.postalCode)) known.postalCodes.push(place.postalCode);
    } else {
      byKey.set(code, {
        code,
        name: place.city,
        departement: place.departement ?? place.postalCode.slice(0, 2),
        postalCodes: [place.postalCode],
      });
    }
  }
  return [...byKey.values()]
    .map((commune) => ({ ...commune, postalCodes: [...commune.postalCodes].sort() }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.departement.localeCompare(b.departement));
}

/** Communes whose name starts with (then contains) the query, or that have the postal code typed. */
export function searchCommunes(communes: readonly Commune[], query: string, limit = 8): Commune[] {
  const folded = foldForSearch(query);
  if (!folded) return [];
  const digits = /^\d{2,5}$/.test(query.trim()) ? query.trim() : null;
  const starts: Commune[] = [];
  const contains: Commune[] = [];
  for (const commune of communes) {
    if (digits) {
      if (commune.postalCodes.some((code) => code.startsWith(digits))) starts.push(commune);
      continue;
    }
    const name = foldForSearch(commune.name);
    if (name.startsWith(folded)) starts.push(commune);
    else if (name.includes(folded)) contains.push(commune);
  }
  return [...starts, ...contains].slice(0, limit);
}
