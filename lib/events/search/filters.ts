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
  /** The territory's events and the online fairs that concern it only (the popup's list). */
  territoryOnly: boolean;
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
  territoryOnly: false,
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
    filters.territoryOnly,
  ].filter(Boolean).length;
}

/** One active filter other than the keyword, shown as a removable chip. */
export type ActiveFilter =
  | { kind: 'territory' }
  | { kind: 'departement'; code: string }
  | { kind: 'commune'; label: string }
  | { kind: 'type'; label: string }
  | { kind: 'modality'; value: Exclude<ModalityFilter, 'any'> }
  | { kind: 'sector'; letter: SectorLetter }
  | { kind: 'period'; period: Exclude<Period, 'any' | 'custom'> }
  | { kind: 'custom-period'; from: string; to: string }
  | { kind: 'places' }
  | { kind: 'running' };

/** The filters behind the "Filtres" disclosure that narrow the list, in the form's order. */
export function activeFilters(filters: EventFilters): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  if (filters.territoryOnly) active.push({ kind: 'territory' });
  for (const code of filters.departements) active.push({ kind: 'departement', code });
  if (filters.commune) active.push({ kind: 'commune', label: filters.commune.label });
  if (filters.period === 'custom') {
    if (filters.from || filters.to)
      active.push({ kind: 'custom-period', from: filters.from, to: filters.to });
  } else if (filters.period !== 'any') active.push({ kind: 'period', period: filters.period });
  if (filters.type) active.push({ kind: 'type', label: filters.type });
  if (filters.modality !== 'any') active.push({ kind: 'modality', value: filters.modality });
  if (filters.sector) active.push({ kind: 'sector', letter: filters.sector });
  if (filters.placesOnly) active.push({ kind: 'places' });
  if (filters.runningOnly) active.push({ kind: 'running' });
  return active;
}

/** The change that removes one active filter. */
export function withoutFilter(filters: EventFilters, filter: ActiveFilter): Partial<EventFilters> {
  switch (filter.kind) {
    case 'territory':
      return { territoryOnly: false };
    case 'departement':
      return { departements: filters.departements.filter((code) => code !== filter.code) };
    case 'commune':
      return { commune: null };
    case 'type':
      return { type: '' };
    case 'modality':
      return { modality: 'any' };
    case 'sector':
      return { sector: '' };
    case 'period':
    case 'custom-period':
      return { period: 'any', from: '', to: '' };
    case 'places':
      return { placesOnly: false };
    case 'running':
      return { runningOnly: false };
  }
}

/** A stable key for a chip (React key, focus after a removal). */
export function activeFilterKey(filter: ActiveFilter): string {
  switch (filter.kind) {
    case 'departement':
      return `departement:${filter.code}`;
    default:
      return filter.kind;
  }
}
