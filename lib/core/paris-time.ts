/**
 * Europe/Paris wall-clock views of UTC instants, and every formatter of dates in Paris time,
 * through Intl (the browser's or the server's tz data), so daylight-saving changes are handled
 * by the platform, not by hand-written offsets. The one place such formatters are built.
 */
import { localeTag, type Language } from './language';
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

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A formatter for a locale, options and time zone, built once (Intl constructors are costly
 * in long lists). Events are shown in their own zone (Réunion, Guyane…), the rest in Paris's.
 */
export function zonedFormatter(
  locale: string,
  options: Intl.DateTimeFormatOptions,
  timeZone: string,
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, format);
  }
  return format;
}

/** A Paris-time formatter for a locale and options, built once. */
export function parisFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return zonedFormatter(locale, options, PARIS_TIME_ZONE);
}

/** An instant in Paris time: "3 mars 2025 à 14:05". */
export function formatInstant(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return parisFormatter(localeTag(language), { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** "2025-03-03 14:05:09", Paris time: unambiguous, and read as a date by spreadsheets. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return parisFormatter('sv-SE', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(date);
}

/**
 * "2025-03-03" → "3 mars 2025". A calendar date, not an instant: formatted as a UTC day so it
 * never shifts with the time zone.
 */
export function formatCalendarDate(day: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const text = new Intl.DateTimeFormat(localeTag(language), { timeZone: 'UTC', dateStyle: 'long' }).format(
    date,
  );
  // French writes the first day of a month as an ordinal: "1er mars".
  return language === 'fr' ? text.replace(/^1 /, '1er ') : text;
}
