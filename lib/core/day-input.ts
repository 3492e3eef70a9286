/**
 * Dates typed by agents, in the interface's own format (jj/mm/aaaa, dd/mm/yyyy) rather than
 * the browser's date picker, which follows the browser's locale whatever the interface
 * language. Values are calendar days "yyyy-MM-dd".
 */

const TYPED = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** "15/3/2026", "15.03.2026" or "15-03-2026" → "2026-03-15"; null when not a real day. */
export function parseTypedDay(text: string): string | null {
  const match = TYPED.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "2026-03-15" → "15/03/2026"; "" for anything else. */
export function formatTypedDay(day: string): string {
  const match = DAY.exec(day);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}
