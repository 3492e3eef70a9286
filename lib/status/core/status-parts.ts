/** A trimmed string, or null for null/undefined/blank. */
export function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Postal lines in order (AFNOR L1–L5), blank ones left out. */
export function addressLines(lines: readonly (string | null | undefined)[]): string[] {
  return lines.map(text).filter((line): line is string => line !== null);
}

/** Registered on `today` (yyyy-MM-dd) unless the registration ended before or on that day. */
export function registeredOn(until: string | null, today: string): boolean {
  return until === null || until > today;
}
