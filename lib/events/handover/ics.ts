import { createEvents, type EventAttributes } from 'ics';
import type { EmploymentEvent } from '../core/event';
import { htmlToSearchText } from '../search/search-index';
import { addDays, parisParts } from '../../core/paris-time';

/**
 * Calendar files (RFC 5545) made with the `ics` library, in Europe/Paris time: times are
 * written as Paris wall-clock with `TZID=Europe/Paris` and the zone's definition, so a
 * calendar shows 9 h in Paris whatever the reader's own zone. Events known by day only
 * (online fairs) become all-day events. Load with `import()`: keeps `ics` out of the popup.
 */
const VTIMEZONE_PARIS = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

const pad = (n: number) => String(n).padStart(2, '0');

/** Paris wall-clock "yyyyMMddTHHmmss" of an instant. */
function parisLocal(instant: string): string {
  const p = parisParts(instant);
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}00`;
}

function dayArray(instant: string): [number, number, number] {
  const p = parisParts(instant);
  return [p.year, p.month, p.day];
}

function location(event: EmploymentEvent, onlineLabel: string): string {
  if (event.place) return `${event.place.city} ${event.place.postalCode}`.trim();
  return event.locationLabel ? `${onlineLabel} – ${event.locationLabel}` : onlineLabel;
}

function toAttributes(event: EmploymentEvent, now: Date, onlineLabel: string): EventAttributes {
  // The organiser goes in the text: ORGANIZER needs an address the sources do not give.
  const description = [
    event.organiser ?? '',
    htmlToSearchText(event.descriptionHtml).replace(/\s+/g, ' ').trim(),
    event.url ?? '',
  ]
    .filter(Boolean)
    .join('\n\n');
  const common = {
    uid: `${event.key}@guichet-emploi`,
    title: event.title,
    description,
    location: location(event, onlineLabel),
    timestamp: now.getTime(),
    categories: [event.typeLabel],
    ...(event.url ? { url: event.url } : {}),
  };
  if (!event.hasTime) {
    const [y, m, d] = dayArray(event.end ?? event.start);
    // All-day events end the day after their last day (exclusive end).
    const next = addDays(`${y}-${pad(m)}-${pad(d)}`, 1)
      .split('-')
      .map(Number) as [number, number, number];
    return { ...common, start: dayArray(event.start), end: next };
  }
  const end = event.end && event.end > event.start ? event.end : null;
  return end
    ? { ...common, start: parisLocal(event.start), end: parisLocal(end) }
    : { ...common, start: parisLocal(event.start), duration: { hours: 1 } };
}

/** Gives the timed DTSTART/DTEND lines their zone and adds the zone's definition. */
function inParisZone(calendar: string): string {
  return calendar
    .replace(/^(DTSTART|DTEND):(\d{8}T\d{6})(?=\r\n)/gm, '$1;TZID=Europe/Paris:$2')
    .replace(/^(BEGIN:VEVENT)/m, `${VTIMEZONE_PARIS}\r\n$1`);
}

export type IcsResult = { ok: true; ics: string } | { ok: false; detail: string };

export function buildIcs(events: readonly EmploymentEvent[], now: Date, onlineLabel: string): IcsResult {
  const { error, value } = createEvents(
    events.map((event) => toAttributes(event, now, onlineLabel)),
    { productId: 'guichet-emploi', method: 'PUBLISH', calName: 'Guichet Emploi' },
  );
  if (error || !value) return { ok: false, detail: error ? error.name : 'empty calendar' };
  return { ok: true, ics: inParisZone(value) };
}

/** A file name that says what it holds: "salon-2025-11-25.ics". */
export function icsFileName(event: Pick<EmploymentEvent, 'title' | 'start'>): string {
  const slug = event.title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);
  const [y, m, d] = dayArray(event.start);
  return `${slug || 'evenement'}-${y}-${pad(m)}-${pad(d)}.ics`;
}
