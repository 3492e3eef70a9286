import { localeTag, type Language } from '../../core/language';
import { parisDay, parisFormatter, parisParts } from '../../core/paris-time';

/**
 * Dates and hours of events as agents read them, in Europe/Paris:
 * fr "mar. 25 nov., 9 h – 12 h", en "Tue 25 Nov, 09:00 – 12:00".
 * Formatters come from lib/core/paris-time.ts, built once per language and style.
 */

type Style = 'weekdayDay' | 'weekdayDayYear' | 'day' | 'dayYear' | 'long';

const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  weekdayDay: { weekday: 'short', day: 'numeric', month: 'short' },
  weekdayDayYear: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  day: { day: 'numeric', month: 'short' },
  dayYear: { day: 'numeric', month: 'short', year: 'numeric' },
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
};

function formatter(language: Language, style: Style): Intl.DateTimeFormat {
  return parisFormatter(localeTag(language), OPTIONS[style]);
}

const pad = (n: number) => String(n).padStart(2, '0');

// French typography keeps "9 h 30" on one line: no-break spaces.
const NBSP = '\u00a0';

/** Time of day: fr "9 h", "9 h 30", "12 h" (no-break spaces); en "09:00". */
export function formatTime(instant: string, language: Language): string {
  const { hour, minute } = parisParts(instant);
  if (language === 'fr') return minute === 0 ? `${hour}${NBSP}h` : `${hour}${NBSP}h${NBSP}${pad(minute)}`;
  return `${pad(hour)}:${pad(minute)}`;
}

/** The year is shown only when it is not the current one. */
function sameYear(instant: string, now: Date): boolean {
  return parisParts(instant).year === parisParts(now).year;
}

/** "mar. 25 nov." (with the year when not this year's). */
export function formatDayWithWeekday(instant: string, language: Language, now: Date): string {
  return formatter(language, sameYear(instant, now) ? 'weekdayDay' : 'weekdayDayYear').format(
    new Date(instant),
  );
}

/** "30 nov." (with the year when not this year's). */
export function formatShortDay(instant: string, language: Language, now: Date): string {
  return formatter(language, sameYear(instant, now) ? 'day' : 'dayYear').format(new Date(instant));
}

/** "mardi 25 novembre 2025", for the detail and the printed list. */
export function formatLongDay(instant: string, language: Language): string {
  return formatter(language, 'long').format(new Date(instant));
}

export interface EventWhen {
  start: string;
  end: string | null;
  hasTime: boolean;
}

/**
 * The date(s) and hours of an event:
 * - one day: "mar. 25 nov., 9 h – 12 h" (or the day alone without hours);
 * - several days: "du lun. 24 nov. au mer. 26 nov." (+ ", 9 h – 12 h" when hours are known).
 */
export function formatEventWhen(event: EventWhen, language: Language, now: Date): string {
  const startDay = formatDayWithWeekday(event.start, language, now);
  const end = event.end && event.end > event.start ? event.end : null;
  const hours = event.hasTime
    ? end
      ? `${formatTime(event.start, language)} – ${formatTime(end, language)}`
      : formatTime(event.start, language)
    : null;
  let days = startDay;
  if (end && parisDay(end) !== parisDay(event.start)) {
    const endDay = formatDayWithWeekday(end, language, now);
    days = language === 'fr' ? `du ${startDay} au ${endDay}` : `${startDay} to ${endDay}`;
  }
  return hours ? `${days}, ${hours}` : days;
}
