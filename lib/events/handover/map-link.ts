import type { EventPlace } from '../core/event';

/**
 * A map of the place on OpenStreetMap (no account, no tracking script): the point when
 * coordinates are known, otherwise a search of the city and postal code.
 */
export function mapLink(place: EventPlace): string {
  if (place.latitude !== null && place.longitude !== null) {
    const lat = place.latitude.toFixed(5);
    const lon = place.longitude.toFixed(5);
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=15/${lat}/${lon}`;
  }
  const query = encodeURIComponent(`${place.postalCode} ${place.city}, France`);
  return `https://www.openstreetmap.org/search?query=${query}`;
}
