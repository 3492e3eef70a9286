/** "1", 1, " 01 " → "1"; anything that is not a category code → null. The official
 * descriptions of categories 1–8 live with the display (lib/status/view/categories.ts). */
export function normaliseCategoryCode(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  if (!/^\d{1,2}$/.test(text)) return null;
  return String(Number(text));
}
