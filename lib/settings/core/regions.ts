import { REGION_ENTRIES } from './departements-data';

/**
 * The 18 regions and their départements (online fairs are often placed by region). A module
 * of its own: the popup, which needs département names only, does not ship it.
 */
export interface Region {
  code: string;
  name: string;
  departements: readonly string[];
}

export const REGIONS: readonly Region[] = REGION_ENTRIES.map(([code, name, departements]) => ({
  code,
  name,
  departements,
}));

const REGION_OF: ReadonlyMap<string, Region> = new Map(
  REGIONS.flatMap((region) => region.departements.map((code) => [code, region] as const)),
);

/** The region a département belongs to ("63" → Auvergne-Rhône-Alpes); undefined for an unknown code. */
export function regionOfDepartement(code: string): Region | undefined {
  return REGION_OF.get(code);
}
