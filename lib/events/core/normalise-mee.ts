import type { EmploymentEvent, EventModality, EventPlace } from './event';
import { type MeeEvenement } from './wire/mee';
import { departementFromInsee, departementFromPostalCode } from './departement';
import { typeCodeOfLabel } from './event-type';
import { safeHttpUrl } from './safe-url';
import {
  PARIS,
  fixedOffsetZone,
  safeTimeZone,
  wallTimeToInstant,
  writtenOffsetMinutes,
  zonedDate,
  zoneOffsetMs,
} from '../../core/zoned-time';

const SECTOR_LETTER = /^[A-N]$/;

function modalityOf(modalites: readonly string[]): EventModality | null {
  const text = modalites.join(' ').toLowerCase();
  const inPerson = text.includes('physique') || text.includes('enphy') || text.includes('présentiel');
  const remote = text.includes('distance') || text.includes('adist');
  if (inPerson && remote) return 'mixte';
  if (remote) return 'distance';
  if (inPerson) return 'presentiel';
  return null;
}

function sum(...values: (number | null | undefined)[]): number | null {
  const known = values.filter(
    (value): value is number => typeof value === 'number' && Number.isFinite(value),
  );
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

function finite(value: number | null | undefined, min: number, max: number): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : null;
}

function placeOf(event: MeeEvenement): EventPlace | null {
  const city = event.ville?.trim() ?? '';
  const postalCode = event.codePostal?.trim() ?? '';
  if (!city && !postalCode) return null;
  const inseeCode = event.codeInsee?.trim() || null;
  return {
    city,
    postalCode,
    inseeCode,
    departement: departementFromInsee(inseeCode) ?? departementFromPostalCode(postalCode),
    latitude: finite(event.latitude, -90, 90),
    longitude: finite(event.longitude, -180, 180),
  };
}

/** A valid IANA zone the source names, else null (a hostile `timezone` must not throw). */
function declaredZone(timezone: string | null | undefined): string | null {
  return timezone && safeTimeZone(timezone) === timezone ? timezone : null;
}

/**
 * The zone the event's hours are shown in. `dateEvenement` is the start instant written in
 * the event's offset (France Travail's own consumer reads it so: fixtures/real/mee/). The
 * named `timezone` wins when it has that offset at that instant; an offset it contradicts
 * (France Travail's fixture: +06:00 with "Europe/Paris") is shown as a fixed offset. A UTC
 * offset says nothing of the place: the named zone (or Paris) then.
 */
function eventZone(
  timezone: string | null | undefined,
  startMs: number,
  offsetMinutes: number | null,
): string {
  const declared = declaredZone(timezone);
  if (offsetMinutes === null || offsetMinutes === 0) return declared ?? PARIS;
  if (declared && zoneOffsetMs(startMs, declared) === offsetMinutes * 60_000) return declared;
  return fixedOffsetZone(offsetMinutes) ?? declared ?? PARIS;
}

const CLOCK = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;
function minutesOfDay(time: string | null | undefined): number | null {
  const match = CLOCK.exec(time ?? '');
  if (!match) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  return hour > 23 || minute > 59 ? null : hour * 60 + minute;
}

interface Times {
  start: string;
  end: string | null;
  hasTime: boolean;
  timeZone: string;
}

/**
 * Start, end and zone. The start is the instant of `dateEvenement`; the end is `heureFin`
 * on the same clock as `heureDebut` (start + their difference). A `dateEvenement` at
 * midnight with a later `heureDebut` is read as a date only, `heureDebut` being the local
 * start (the form older payloads and sources without an instant use).
 */
function timesOf(event: MeeEvenement): Times | null {
  const startMs = Date.parse(event.dateEvenement);
  const written = writtenOffsetMinutes(event.dateEvenement);
  if (Number.isNaN(startMs)) return null;
  const datePart = event.dateEvenement.slice(0, 10);
  // The written date must exist on the calendar (Date.parse rolls 30 February over).
  if (!wallTimeToInstant(datePart, '00:00')) return null;
  const timeZone = eventZone(event.timezone, startMs, written);
  // The time of day as written (the wire schema requires an offset; none reads as UTC).
  const wallMinutes = (((Math.floor(startMs / 60_000) + (written ?? 0)) % 1440) + 1440) % 1440;
  const debut = minutesOfDay(event.heureDebut);
  const fin = minutesOfDay(event.heureFin);

  let start = new Date(startMs).toISOString();
  if (wallMinutes === 0 && debut !== null && debut > 0) {
    const legacy = wallTimeToInstant(datePart, event.heureDebut ?? '', declaredZone(event.timezone) ?? PARIS);
    if (!legacy) return null;
    start = legacy;
  }
  const hasTime = debut !== null || wallMinutes !== 0;
  let end: string | null = null;
  if (debut !== null && fin !== null) {
    // An end before the start is a typing error at the source: keep the start only.
    end = fin > debut ? new Date(Date.parse(start) + (fin - debut) * 60_000).toISOString() : null;
  } else if (fin !== null && event.heureFin) {
    const candidate = wallTimeToInstant(zonedDate(Date.parse(start), timeZone), event.heureFin, timeZone);
    end = candidate && candidate > start ? candidate : null;
  }
  return { start, end, hasTime, timeZone };
}

/** Running between its start and end; without an end hour, until the end of its day. */
function isRunning(start: string, end: string | null, zone: string, now: number): boolean {
  const startMs = Date.parse(start);
  const endOfDay = wallTimeToInstant(zonedDate(startMs, zone), '23:59:59', zone);
  const endMs = Date.parse(end ?? endOfDay ?? start);
  return startMs <= now && now < endMs;
}

/** One MEE event in the product's model; null when its dates cannot be read. */
export function normaliseMeeEvent(event: MeeEvenement, now: number = Date.now()): EmploymentEvent | null {
  const times = timesOf(event);
  if (!times) return null;
  const place = placeOf(event);
  const modality = modalityOf(event.modalites) ?? (place ? 'presentiel' : 'distance');
  const romeCodes = (event.codesRome ?? []).map((code) => code.trim().toUpperCase()).filter(Boolean);
  const sectors = [
    ...new Set(romeCodes.map((code) => code.charAt(0)).filter((l) => SECTOR_LETTER.test(l))),
  ].sort();
  const placesTotal = sum(event.nombrePlaceTotalPresentiel, event.nombrePlaceTotalDistance);
  const registered = sum(event.nombreInscritPresentiel, event.nombreInscritDistance) ?? 0;
  const id = String(event.id);
  return {
    key: `mee:${id}`,
    source: 'mee',
    id,
    title: event.titre.trim(),
    typeLabel: event.type.trim(),
    typeCode: typeCodeOfLabel(event.type),
    start: times.start,
    end: times.end,
    timeZone: times.timeZone,
    hasTime: times.hasTime,
    online: modality === 'distance',
    modality,
    place,
    locationLabel: null,
    sectors,
    romeCodes,
    audiences: event.publics ?? [],
    objectives: event.objectifs ?? [],
    placesTotal,
    placesLeft: placesTotal === null ? null : Math.max(0, placesTotal - registered),
    offersCount: event.offresId ? event.offresId.length : null,
    registrationOpensAt: null,
    registrationClosesAt: null,
    organiser: event.libelleOrganisateurPrincipal?.trim() || event.libelleEtablissement?.trim() || null,
    descriptionHtml: event.description,
    url: safeHttpUrl(event.urlDetailEvenement),
    runningNow: isRunning(times.start, times.end, times.timeZone, now),
  };
}
