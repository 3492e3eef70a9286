/**
 * Job-seeker category codes, the one rule: the sources send 1, "1" or " 01 "; the model
 * keeps a canonical code ("1"), an unknown one as received (shown as is), and knows the
 * eight official categories (their descriptions live with the display,
 * lib/status/view/categories.ts).
 */
export const CATEGORY_CODES = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;
export type CategoryCode = (typeof CATEGORY_CODES)[number];

/** "1", 1, " 01 " → "1"; anything that is not a one- or two-digit code → null. */
export function normaliseCategoryCode(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  if (!/^\d{1,2}$/.test(text)) return null;
  return String(Number(text));
}

/** One of the eight official categories, or null (unknown codes are shown as received). */
export function officialCategory(value: string | number | null | undefined): CategoryCode | null {
  const code = normaliseCategoryCode(value);
  return code !== null && (CATEGORY_CODES as readonly string[]).includes(code)
    ? (code as CategoryCode)
    : null;
}
