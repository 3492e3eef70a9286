import { z } from 'zod';
import {
  DEFAULT_EVENT_FILTERS,
  MODALITY_FILTERS,
  PERIODS,
  SECTOR_LETTERS,
  SORTS,
  type EventFilters,
} from './filters';

const day = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/);

/**
 * What storage gives back is checked field by field: a field of an older version or a
 * damaged value falls back to its default instead of dropping every filter.
 */
const fields = {
  keyword: z.string().max(200),
  departements: z
    .array(z.string().regex(/^(\d{2,3}|2A|2B)$/))
    .max(101)
    .transform((list) => [...new Set(list)]),
  commune: z
    .object({
      code: z.string().max(10),
      label: z.string().max(120),
      postalCodes: z
        .array(z.string().regex(/^\d{5}$/))
        .min(1)
        .max(60),
    })
    .nullable(),
  type: z.string().max(80),
  modality: z.enum(MODALITY_FILTERS),
  sector: z.enum([...SECTOR_LETTERS, '']),
  period: z.enum(PERIODS),
  from: day,
  to: day,
  placesOnly: z.boolean(),
  runningOnly: z.boolean(),
  territoryOnly: z.boolean(),
  sort: z.enum(SORTS),
} satisfies Record<keyof EventFilters, z.ZodType>;

export function parseStoredFilters(value: unknown): EventFilters {
  const filters: Record<string, unknown> = { ...DEFAULT_EVENT_FILTERS };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const stored = value as Record<string, unknown>;
    for (const [key, schema] of Object.entries(fields)) {
      const result = (schema as z.ZodType).safeParse(stored[key]);
      if (result.success) filters[key] = result.data;
    }
  }
  return filters as unknown as EventFilters;
}
