import { localeTag, type Language } from '../../settings/core/constants';

/** "2025-03-03" → "3 mars 2025". A calendar date, not an instant: formatted in UTC so it never shifts. */
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

/** An instant in Paris time: "3 mars 2025 à 14:05". */
export function formatInstant(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeTag(language), {
    timeZone: 'Europe/Paris',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(date);
}
