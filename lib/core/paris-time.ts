/**
 * Europe/Paris wall-clock views of UTC instants, through Intl (the browser's tz data), so
 * daylight-saving changes are handled by the platform, not by hand-written offsets.
 */
import { PARIS, wallPartsAt, zonedDate, type WallParts } from './zoned-time';

export const PARIS_TIME_ZONE = PARIS;

export type ParisParts = Omit<WallParts, 'second'>;

/** The Paris calendar date and time of an instant. */
export function parisParts(instant: Date | string | number): ParisParts {
  const { year, month, day, hour, minute } = wallPartsAt(new Date(instant).getTime(), PARIS_TIME_ZONE);
  return { year, month, day, hour, minute };
}

/** "yyyy-MM-dd" of the Paris calendar day of an instant. */
export function parisDay(instant: Date | string | number): string {
  return zonedDate(new Date(instant).getTime(), PARIS_TIME_ZONE);
}

/** Adds calendar days to a "yyyy-MM-dd" day (no time zone involved). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Adds calendar months, clamped to the month's last day ("01-31" + 1 → "02-28"). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1, 12));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0, 12)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** ISO weekday of a "yyyy-MM-dd" day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** Last day of the month of a "yyyy-MM-dd" day. */
export function endOfMonth(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0, 12)).toISOString().slice(0, 10);
}
