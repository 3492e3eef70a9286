import { createEvents, type EventAttributes } from 'ics';
import type { EmploymentEvent } from '../core/event';
import { htmlToSearchText } from '../search/search-index';
import { addDays } from '../../core/paris-time';
import { PARIS, wallPartsAt, zoneOffsetMs } from '../../core/zoned-time';

/**
 * Calendar files (RFC 5545) made with the `ics` library, in each event's own zone: times are
 * written as that zone's wall clock with `TZID=<zone>` and the zone's definition, so a
 * calendar shows 9 h in Paris (or 9 h in Réunion for a Réunion event) whatever the reader's
 * own zone. Paris's definition carries its daylight-saving rules; other zones are written
 * only when their offset is constant (the overseas départements), else in UTC. Events known
 * by day only (online fairs) become all-day events. Load with `import()`: keeps `ics` out of
 * the popup.
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

/** "+0400" / "-0300". */
function icsOffset(offsetMs: number): string {
  const minutes = Math.round(offsetMs / 60_000);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** A zone without daylight saving in the event's year, defined by its one offset. */
function fixedZoneDefinition(zone: string, at: number): string | null {
  const year = new Date(at).getUTCFullYear();
  const winter = zoneOffsetMs(Date.UTC(year, 0, 15), zone);
  const summer = zoneOffsetMs(Date.UTC(year, 6, 15), zone);
  if (winter !== summer || winter !== zoneOffsetMs(at, zone)) return null;
  const offset = icsOffset(winter);
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    'BEGIN:STANDARD',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    'DTSTART:19700101T000000',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
}

/** How an event's times are written: in a named zone (with its definition) or in UTC. */
type Clock = { zone: string; definition: string } | { zone: null };

function clockOf(event: EmploymentEvent): Clock {
  const zone = event.timeZone || PARIS;
  if (zone === PARIS) return { zone, definition: VTIMEZONE_PARIS };
  const definition = fixedZoneDefinition(zone, Date.parse(event.start));
  return definition ? { zone, definition } : { zone: null };
}

/** Wall-clock "yyyyMMddTHHmmss" of an instant in a zone. */
function localTime(instant: string, zone: string): string {
  const p = wallPartsAt(Date.parse(instant), zone);
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}00`;
}

function dayArray(instant: string, zone: string = PARIS): [number, number, number] {
  const p = wallPartsAt(Date.parse(instant), zone);
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
  const zone = clockOf(event).zone ?? 'Etc/UTC';
  const end = event.end && event.end > event.start ? event.end : null;
  return end
    ? { ...common, start: localTime(event.start, zone), end: localTime(end, zone) }
    : { ...common, start: localTime(event.start, zone), duration: { hours: 1 } };
}

/**
 * Gives each timed event's DTSTART/DTEND lines its zone (or the UTC mark) and adds the
 * definitions of the zones used, once each, before the first event.
 */
function withZones(calendar: string, events: readonly EmploymentEvent[]): string {
  const clocks = new Map(events.filter((e) => e.hasTime).map((e) => [`${e.key}@guichet-emploi`, clockOf(e)]));
  const definitions = new Map<string, string>();
  const body = calendar.replace(/BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT/g, (block) => {
    const uid = /^UID:(.*)$/m.exec(block)?.[1]?.trim() ?? '';
    const clock = clocks.get(uid);
    if (!clock) return block;
    if (clock.zone === null) return block.replace(/^(DTSTART|DTEND):(\d{8}T\d{6})(?=\r\n)/gm, '$1:$2Z');
    definitions.set(clock.zone, clock.definition);
    return block.replace(/^(DTSTART|DTEND):(\d{8}T\d{6})(?=\r\n)/gm, `$1;TZID=${clock.zone}:$2`);
  });
  if (definitions.size === 0) return body;
  return body.replace(/^(BEGIN:VEVENT)/m, `${[...definitions.values()].join('\r\n')}\r\n$1`);
}

export type IcsResult = { ok: true; ics: string } | { ok: false; detail: string };

export function buildIcs(events: readonly EmploymentEvent[], now: Date, onlineLabel: string): IcsResult {
  const { error, value } = createEvents(
    events.map((event) => toAttributes(event, now, onlineLabel)),
    { productId: 'guichet-emploi', method: 'PUBLISH', calName: 'Guichet Emploi' },
  );
  if (error || !value) return { ok: false, detail: error ? error.name : 'empty calendar' };
  return { ok: true, ics: withZones(value, events) };
}

/** A file name that says what it holds: "salon-2025-11-25.ics" (the event's own day). */
export function icsFileName(event: Pick<EmploymentEvent, 'title' | 'start' | 'timeZone'>): string {
  const slug = event.title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);
  const [y, m, d] = dayArray(event.start, event.timeZone || PARIS);
  return `${slug || 'evenement'}-${y}-${pad(m)}-${pad(d)}.ics`;
}
