/**
 * The side panel's search filters. Plain types and defaults (no zod: see filters-schema.ts
 * for the check of what comes back from storage). Public data only: nothing about the
 * person in front of the agent is kept.
 */
export const PERIODS = ['any', 'week', 'month', 'three-months', 'custom'] as const;
export type Period = (typeof PERIODS)[number];

export const MODALITY_FILTERS = ['any', 'presentiel', 'distance'] as const;
export type ModalityFilter = (typeof MODALITY_FILTERS)[number];

export const SORTS = ['date', 'places'] as const;
export type EventSort = (typeof SORTS)[number];

export const SECTOR_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N'] as const;
export type SectorLetter = (typeof SECTOR_LETTERS)[number];

/** A commune chosen in the filter, with every postal code it has (arrondissements included). */
export interface CommuneChoice {
  code: string;
  label: string;
  postalCodes: string[];
}

export interface EventFilters {
  keyword: string;
  departements: string[];
  commune: CommuneChoice | null;
  /** MEE type code ("18") for the known types, else a type label as listed; empty = every type. */
  type: string;
  modality: ModalityFilter;
  sector: SectorLetter | '';
  period: Period;
  /** "yyyy-MM-dd", for the custom period. */
  from: string;
  to: string;
  placesOnly: boolean;
  runningOnly: boolean;
  sort: EventSort;
}

export const DEFAULT_EVENT_FILTERS: EventFilters = {
  keyword: '',
  departements: [],
  commune: null,
  type: '',
  modality: 'any',
  sector: '',
  period: 'any',
  from: '',
  to: '',
  placesOnly: false,
  runningOnly: false,
  sort: 'date',
};

/** How many filters narrow the list (the sort is not a filter). */
export function activeFilterCount(filters: EventFilters): number {
  return [
    filters.keyword.trim() !== '',
    filters.departements.length > 0,
    filters.commune !== null,
    filters.type !== '',
    filters.modality !== 'any',
    filters.sector !== '',
    filters.period !== 'any',
    filters.placesOnly,
    filters.runningOnly,
  ].filter(Boolean).length;
}
