/**
 * Wall-clock times of a time zone (Europe/Paris by default) to real instants and back,
 * with Intl only: the sources give local dates and hours, the model stores instants.
 */
export const PARIS = 'Europe/Paris';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** A valid IANA zone name, else Europe/Paris (a hostile `timezone` field must not throw). */
export function safeTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return PARIS;
  try {
    formatterFor(timeZone);
    return timeZone;
  } catch {
    return PARIS;
  }
}

export interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock date and time of an instant in a zone. */
export function wallPartsAt(epochMs: number, timeZone: string): WallParts {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Offset of the zone from UTC at an instant, in ms (Paris: +1 h in winter, +2 h in summer). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const wall = wallPartsAt(epochMs, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant of a wall-clock date and time in a zone, as an ISO string; null when the
 * date or time does not exist on the calendar (31/02, 25:00). In the spring DST gap the
 * time is read with the offset before the change, as clocks do.
 */
export function wallTimeToInstant(date: string, time: string, timeZone: string = PARIS): string | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [hour, minute, second] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wallAsUtc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  const firstGuess = wallAsUtc - zoneOffsetMs(wallAsUtc, timeZone);
  const instant = wallAsUtc - zoneOffsetMs(firstGuess, timeZone);
  return new Date(instant).toISOString();
}

/** The calendar date (yyyy-MM-dd) of an instant in a zone. */
export function zonedDate(epochMs: number, timeZone: string = PARIS): string {
  const wall = wallPartsAt(epochMs, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
}

/**
 * The date meant by an ISO date or date-time: a date-time with an explicit non-UTC offset
 * is read in its own offset (the sender's wall date); a UTC one is converted to Paris.
 */
export function wallDateOf(value: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (!match?.[1]) return null;
  const datePart = match[1];
  if (!wallTimeToInstant(datePart, '00:00')) return null;
  const offset = match[2];
  if (offset === 'Z' || offset === '+00:00' || offset === '+0000') {
    const epoch = Date.parse(value);
    return Number.isNaN(epoch) ? null : zonedDate(epoch, PARIS);
  }
  return datePart;
}

/** `dd/MM/yyyy` (online fairs) as `yyyy-MM-dd`; null when not a calendar date. */
export function frenchDateToIso(value: string | null | undefined): string | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value ?? '');
  if (!match) return null;
  const iso = `${match[3]}-${match[2]}-${match[1]}`;
  return wallTimeToInstant(iso, '00:00') ? iso : null;
}

/** The UTC offset an ISO date-time is written with, in minutes ("+06:00" → 360, "Z" → 0); null without one. */
export function writtenOffsetMinutes(value: string): number | null {
  const match = /T[\d:.]+(Z|([+-])(\d{2}):?(\d{2}))$/.exec(value);
  if (!match) return null;
  if (match[1] === 'Z') return 0;
  const minutes = Number(match[3]) * 60 + Number(match[4]);
  return match[2] === '-' ? -minutes : minutes;
}

/** A zone that is always at this offset: "Etc/GMT-6" is UTC+6 (POSIX signs); null off whole hours. */
export function fixedOffsetZone(offsetMinutes: number): string | null {
  if (offsetMinutes % 60 !== 0) return null;
  const hours = offsetMinutes / 60;
  if (hours < -12 || hours > 14) return null;
  return hours === 0 ? 'Etc/UTC' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}

/** "+4", "-3", "+5:30": an offset as people read it after "UTC". */
export function formatUtcOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const minutes = abs % 60;
  return `${sign}${Math.floor(abs / 60)}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}
