import type { EmploymentEvent } from './event';
import type { SalonEnLigne } from './wire/salons-en-ligne';
import { safeHttpUrl } from './safe-url';
import { PARIS, frenchDateToIso, wallTimeToInstant } from '../../core/zoned-time';
import { typeCodeOfLabel } from './event-type';

const DEFAULT_TYPE_LABEL = 'Salon en ligne';

/** FNV-1a, 32 bits: a short stable id for fairs the source gives none for. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Online fairs carry no id field, but their page does: real ones link to
 * `…/candidat/?salonId=640` (fixtures/real/salons-en-ligne/). That id, else the last path
 * segment when it looks like one (".../salons/42"), else a hash of the page and start date.
 * Never the title: an organiser who edits it must not turn the fair into a new one.
 */
export function salonId(salon: Pick<SalonEnLigne, 'titre' | 'dateDebut' | 'urlSalonEnLigne'>): string {
  const url = safeHttpUrl(salon.urlSalonEnLigne);
  const parsed = url ? new URL(url) : null;
  const param = parsed?.searchParams.get('salonId')?.trim();
  if (param && /^[A-Za-z0-9_-]{1,40}$/.test(param)) return param;
  const segment = parsed?.pathname.split('/').filter(Boolean).pop();
  if (segment && /^[A-Za-z0-9_-]{1,40}$/.test(segment) && /\d/.test(segment)) return segment;
  return fnv1a(url ? `${url}|${salon.dateDebut}` : `${salon.titre}|${salon.dateDebut}`);
}

/** A Paris day's first or last instant, from `dd/MM/yyyy`. */
function dayBound(value: string | null | undefined, bound: 'start' | 'end'): string | null {
  const date = frenchDateToIso(value);
  return date ? wallTimeToInstant(date, bound === 'start' ? '00:00:00' : '23:59:59') : null;
}

/** One online fair in the product's model (dates only, no hours); null when its dates cannot be read. */
export function normaliseSalon(salon: SalonEnLigne): EmploymentEvent | null {
  const start = dayBound(salon.dateDebut, 'start');
  if (!start) return null;
  const end = dayBound(salon.dateFin, 'end');
  const id = salonId(salon);
  const typeLabel = salon.typeEvenement?.trim() || DEFAULT_TYPE_LABEL;
  return {
    key: `salon-en-ligne:${id}`,
    source: 'salon-en-ligne',
    id,
    title: salon.titre.trim(),
    typeLabel,
    typeCode: typeCodeOfLabel(typeLabel),
    start,
    end: end && end > start ? end : null,
    // Days only, read as Paris days.
    timeZone: PARIS,
    hasTime: false,
    online: true,
    modality: 'distance',
    place: null,
    locationLabel: salon.localisation?.trim() || null,
    sectors: [],
    romeCodes: [],
    audiences: [],
    objectives: [],
    placesTotal: null,
    placesLeft: null,
    offersCount:
      typeof salon.nombreOffres === 'number' && salon.nombreOffres >= 0 ? salon.nombreOffres : null,
    registrationOpensAt: dayBound(salon.dateDebutCandidature, 'start'),
    registrationClosesAt: dayBound(salon.dateFinCandidature, 'end'),
    organiser: salon.organismeOrganisateur?.trim() || null,
    descriptionHtml: salon.description,
    url: safeHttpUrl(salon.urlSalonEnLigne),
    // The source knows best whether the fair is open now (it may close early).
    runningNow: salon.salonEnCours,
  };
}
