/** Calendar-date helpers in Europe/Paris, the time zone of every simulated date. */

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

/** Paris UTC offset ("+01:00" or "+02:00") on a calendar date at noon. */
export function parisOffset(isoDate: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: TZ, timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${isoDate}T12:00:00Z`))
    .find((p) => p.type === 'timeZoneName');
  const offset = part?.value.replace('GMT', '') ?? '';
  return offset === '' ? '+00:00' : offset;
}

/** "2025-03-14T00:00:00+01:00": the form of MEE's `dateEvenement`. */
export function parisMidnight(isoDate: string): string {
  return `${isoDate}T00:00:00${parisOffset(isoDate)}`;
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
