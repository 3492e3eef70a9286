/**
 * The events search filters, exactly as the simulated API applies them. The admin query
 * endpoint runs the same function so end-to-end tests can compare the UI with it.
 */
import type { MeeSearchBody } from '../../lib/events/core/wire/mee';
import type { SimEvent } from './events';

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in km. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(lat2 - lat1);
  const dLon = rad(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Every filter narrows the result (AND); a list filter matches any of its values (OR).
 * Dates compare Paris calendar days; a multi-day event matches when its span overlaps
 * [dateDebut, dateFin]. Without dateDebut past events come back too, as the real API does.
 */
export function searchEvents(events: readonly SimEvent[], body: MeeSearchBody): SimEvent[] {
  const postal = body.codePostal?.length ? new Set(body.codePostal) : undefined;
  const deps = body.departements?.length ? new Set(body.departements) : undefined;
  const radius =
    body.latitude !== undefined && body.longitude !== undefined && body.rayon !== undefined
      ? { lat: body.latitude, lon: body.longitude, km: body.rayon }
      : undefined;
  return events.filter((e) => {
    if (postal && !postal.has(e.wire.codePostal ?? '')) return false;
    if (deps && !deps.has(e.departement)) return false;
    if (body.secteurActivite && !e.secteurs.includes(body.secteurActivite)) return false;
    if (body.typeEvenement && e.typeCode !== body.typeEvenement) return false;
    if (body.modalite && !e.modalites.includes(body.modalite)) return false;
    if (body.dateDebut && e.dateFin < body.dateDebut) return false;
    if (body.dateFin && e.dateDebut > body.dateFin) return false;
    if (radius) {
      const { latitude, longitude } = e.wire;
      if (latitude == null || longitude == null) return false;
      if (haversineKm(radius.lat, radius.lon, latitude, longitude) > radius.km) return false;
    }
    return true;
  });
}
