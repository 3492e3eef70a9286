/**
 * Calendar-date helpers. Europe/Paris is the reference of the simulated calendar; an event is
 * dated in its own zone (overseas départements have theirs, see zones.ts).
 */

const TZ = 'Europe/Paris';

/** yyyy-MM-dd of an instant, as seen in Paris. */
export function parisDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: TZ,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** Adds days to a yyyy-MM-dd date (pure calendar arithmetic). */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** UTC offset of a zone at an instant, as "+01:00" / "-04:00". */
function offsetAt(instant: Date, timeZone: string): string {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    // Built once per zone: thousands of events are dated at start.
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  const part = format.formatToParts(instant).find((p) => p.type === 'timeZoneName');
  const offset = part?.value.replace('GMT', '') ?? '';
  return offset === '' ? '+00:00' : offset;
}

const offsetMinutes = (offset: string) =>
  (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));

/** Paris UTC offset ("+01:00" or "+02:00") on a calendar date at noon. */
export function parisOffset(isoDate: string): string {
  return offsetAt(new Date(`${isoDate}T12:00:00Z`), TZ);
}

/**
 * A wall-clock time of a zone in the form of MEE's `dateEvenement`: the start instant with the
 * zone's offset at that time, "2023-05-17T07:00:00.000+06:00" (France Travail's own fixtures).
 */
export function zonedDateTime(isoDate: string, time: string, timeZone: string): string {
  const hms = time.length === 5 ? `${time}:00` : time;
  const wallAsUtc = Date.parse(`${isoDate}T${hms}Z`);
  // Two passes: the offset at the guessed instant, then at the instant it gives.
  const first = offsetAt(new Date(wallAsUtc), timeZone);
  const offset = offsetAt(new Date(wallAsUtc - offsetMinutes(first) * 60_000), timeZone);
  return `${isoDate}T${hms}.000${offset}`;
}

/** The first day on or after `from` (within a year) whose Paris offset differs from the day before. */
export function nextParisOffsetChange(from: string): string {
  for (let day = from, i = 0; i < 370; i++, day = addDays(day, 1)) {
    if (parisOffset(day) !== parisOffset(addDays(day, -1))) return day;
  }
  throw new Error('no daylight-saving change within a year');
}

/** yyyy-MM-dd → dd/MM/yyyy (online fairs' format). */
export function toFrenchDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

/** Whole days from a to b (both yyyy-MM-dd). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T12:00:00Z`) - Date.parse(`${a}T12:00:00Z`)) / 86_400_000);
}
