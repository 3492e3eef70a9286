import { localeTag, type Language } from '../../core/language';
import { PARIS_TIME_ZONE, zonedFormatter } from '../../core/paris-time';
import { formatUtcOffset, wallPartsAt, zonedDate, zoneOffsetMs } from '../../core/zoned-time';

/**
 * Dates and hours of events as agents read them, in the event's own time zone (Paris for
 * most; Réunion, the Antilles, Guyane, Mayotte for theirs): fr "mar. 25 nov., 9 h – 12 h",
 * en "Tue 25 Nov, 09:00 – 12:00"; an event whose clock differs from Paris's at that date
 * says so: "9 h – 12 h (heure locale, UTC+4)". Formatters come from lib/core/paris-time.ts,
 * built once per language, style and zone.
 */

type Style = 'weekdayDay' | 'weekdayDayYear' | 'day' | 'dayYear' | 'long';

const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  weekdayDay: { weekday: 'short', day: 'numeric', month: 'short' },
  weekdayDayYear: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  day: { day: 'numeric', month: 'short' },
  dayYear: { day: 'numeric', month: 'short', year: 'numeric' },
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
};

function formatter(language: Language, style: Style, timeZone: string): Intl.DateTimeFormat {
  return zonedFormatter(localeTag(language), OPTIONS[style], timeZone);
}

const pad = (n: number) => String(n).padStart(2, '0');

// French typography keeps "9 h 30" on one line: no-break spaces.
const NBSP = '\u00a0';

/** Time of day: fr "9 h", "9 h 30", "12 h" (no-break spaces); en "09:00". */
export function formatTime(instant: string, language: Language, timeZone: string = PARIS_TIME_ZONE): string {
  const { hour, minute } = wallPartsAt(Date.parse(instant), timeZone);
  if (language === 'fr') return minute === 0 ? `${hour}${NBSP}h` : `${hour}${NBSP}h${NBSP}${pad(minute)}`;
  return `${pad(hour)}:${pad(minute)}`;
}

/** The year is shown only when it is not the current one. */
function sameYear(instant: string, now: Date, timeZone: string): boolean {
  return wallPartsAt(Date.parse(instant), timeZone).year === wallPartsAt(now.getTime(), timeZone).year;
}

/** "mar. 25 nov." (with the year when not this year's). */
export function formatDayWithWeekday(
  instant: string,
  language: Language,
  now: Date,
  timeZone: string = PARIS_TIME_ZONE,
): string {
  const style = sameYear(instant, now, timeZone) ? 'weekdayDay' : 'weekdayDayYear';
  return formatter(language, style, timeZone).format(new Date(instant));
}

/** "30 nov." (with the year when not this year's). */
export function formatShortDay(
  instant: string,
  language: Language,
  now: Date,
  timeZone: string = PARIS_TIME_ZONE,
): string {
  const style = sameYear(instant, now, timeZone) ? 'day' : 'dayYear';
  return formatter(language, style, timeZone).format(new Date(instant));
}

/** "mardi 25 novembre 2025", for the detail and the printed list. */
export function formatLongDay(
  instant: string,
  language: Language,
  timeZone: string = PARIS_TIME_ZONE,
): string {
  return formatter(language, 'long', timeZone).format(new Date(instant));
}

export interface EventWhen {
  start: string;
  end: string | null;
  hasTime: boolean;
  /** The event's zone (EmploymentEvent.timeZone); Paris when absent. */
  timeZone?: string;
}

/** " (heure locale, UTC+4)" when the event's clock is not Paris's at its start; else "". */
export function localTimeNote(event: EventWhen, language: Language): string {
  const zone = event.timeZone ?? PARIS_TIME_ZONE;
  if (zone === PARIS_TIME_ZONE || !event.hasTime) return '';
  const at = Date.parse(event.start);
  const offset = zoneOffsetMs(at, zone);
  if (offset === zoneOffsetMs(at, PARIS_TIME_ZONE)) return '';
  const utc = `UTC${formatUtcOffset(Math.round(offset / 60_000))}`;
  return language === 'fr' ? ` (heure locale, ${utc})` : ` (local time, ${utc})`;
}

/**
 * The date(s) and hours of an event, in its zone:
 * - one day: "mar. 25 nov., 9 h – 12 h" (or the day alone without hours);
 * - several days: "du lun. 24 nov. au mer. 26 nov." (+ ", 9 h – 12 h" when hours are known);
 * - outside Paris time: "… 9 h – 12 h (heure locale, UTC+4)".
 */
export function formatEventWhen(event: EventWhen, language: Language, now: Date): string {
  const zone = event.timeZone ?? PARIS_TIME_ZONE;
  const startDay = formatDayWithWeekday(event.start, language, now, zone);
  const end = event.end && event.end > event.start ? event.end : null;
  const hours = event.hasTime
    ? end
      ? `${formatTime(event.start, language, zone)} – ${formatTime(end, language, zone)}`
      : formatTime(event.start, language, zone)
    : null;
  let days = startDay;
  if (end && zonedDate(Date.parse(end), zone) !== zonedDate(Date.parse(event.start), zone)) {
    const endDay = formatDayWithWeekday(end, language, now, zone);
    days = language === 'fr' ? `du ${startDay} au ${endDay}` : `${startDay} to ${endDay}`;
  }
  return hours ? `${days}, ${hours}${localTimeNote(event, language)}` : days;
}
