import type { EmploymentEvent, EventModality, EventPlace } from './event';
import { MEE_TYPE_CODES, type MeeEvenement } from './wire/mee';
import { departementFromInsee, departementFromPostalCode } from './departement';
import { safeHttpUrl } from './safe-url';
import { safeTimeZone, wallDateOf, wallTimeToInstant, zonedDate } from '../../core/zoned-time';

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

function typeCodeOf(label: string): string | null {
  const wanted = label.trim().toLowerCase();
  const entry = Object.entries(MEE_TYPE_CODES).find(([, name]) => name.toLowerCase() === wanted);
  return entry ? entry[0] : null;
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

/** Start and end instants from the event's date and its wall-clock hours in its zone. */
function timesOf(event: MeeEvenement): { start: string; end: string | null; hasTime: boolean } | null {
  const date = wallDateOf(event.dateEvenement);
  if (!date) return null;
  const zone = safeTimeZone(event.timezone);
  if (!event.heureDebut) {
    const start = wallTimeToInstant(date, '00:00', zone);
    return start ? { start, end: null, hasTime: false } : null;
  }
  const start = wallTimeToInstant(date, event.heureDebut, zone);
  if (!start) return null;
  const end = event.heureFin ? wallTimeToInstant(date, event.heureFin, zone) : null;
  // An end before the start is a typing error at the source: keep the start only.
  return { start, end: end && end > start ? end : null, hasTime: true };
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
    typeCode: typeCodeOf(event.type),
    start: times.start,
    end: times.end,
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
    runningNow: isRunning(times.start, times.end, safeTimeZone(event.timezone), now),
  };
}
