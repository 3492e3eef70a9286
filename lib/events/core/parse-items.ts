import type { z } from 'zod';

export interface ParsedItems<T> {
  items: T[];
  /** Items dropped because they did not match the schema or could not be normalised. */
  dropped: number;
}

/**
 * Parses a list item by item: one malformed item is dropped and counted, never the whole
 * list (an API answer is untrusted input).
 */
export function parseItems<S extends z.ZodType, T>(
  raw: readonly unknown[],
  schema: S,
  normalise: (item: z.output<S>) => T | null,
): ParsedItems<T> {
  const items: T[] = [];
  let dropped = 0;
  for (const entry of raw) {
    const parsed = schema.safeParse(entry);
    const normalised = parsed.success ? normalise(parsed.data) : null;
    if (normalised === null) dropped += 1;
    else items.push(normalised);
  }
  return { items, dropped };
}
