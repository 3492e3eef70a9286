import type { EmploymentEvent } from '../core/event';
import { parisDay } from '../../core/paris-time';
import { eventDay } from './event-state';
import { MEE_TYPE_CODES, type MeeTypeCode } from '../core/wire/mee';
import { foldForSearch } from '../../settings/core/departements';
import { periodRange } from './date-range';
import type { EventFilters } from './filters';
import { SECTOR_LETTERS } from './filters';

/**
 * A search index over the events, built once per list: every field a filter reads is
 * precomputed into flat arrays (the searchable text folded: lower case, no accents), so a
 * keystroke runs plain loops over them and allocates only its result.
 */
export interface SearchIndex {
  /** The events in date order (start, then title). */
  readonly events: readonly EmploymentEvent[];
  /** Positions in `events`, by places left (most first; unknown last), then date. */
  readonly byPlaces: Uint32Array;
  readonly text: readonly string[];
  readonly startDay: readonly string[];
  readonly endDay: readonly string[];
  readonly startMs: Float64Array;
  /** End instant of timed events; NaN for events known by day only. */
  readonly endMs: Float64Array;
  readonly departement: readonly (string | null)[];
  readonly postalCode: readonly (string | null)[];
  readonly typeLabel: readonly string[];
  /** The type filter's value of each event: its MEE type code when known, else its label. */
  readonly typeKey: readonly string[];
  /** Bit 0: in person; bit 1: remote. */
  readonly modality: Uint8Array;
  /** One bit per sector letter A–N. */
  readonly sectors: Uint16Array;
  /** Places left; -1 = unknown (no limit given). */
  readonly placesLeft: Float64Array;
  /** 1 when the source says "en cours". */
  readonly runningFlag: Uint8Array;
  /** Last day to apply, "" when none. */
  readonly closesDay: readonly string[];
  /** 1 for the territory's events and the online fairs that concern it (filter "territoryOnly"). */
  readonly concerned: Uint8Array;
  /** The type filter's choices: the real types by code (one entry however the label is spelled), other labels as given. */
  readonly typeOptions: readonly TypeOption[];
}

export interface TypeOption {
  /** A MEE type code ("14") or, for a type outside the table, its label. */
  value: string;
  label: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Visible text of an HTML description, for search only (never displayed). */
export function htmlToSearchText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    });
}

function sectorMask(sectors: readonly string[]): number {
  let mask = 0;
  for (const sector of sectors) {
    const bit = (SECTOR_LETTERS as readonly string[]).indexOf(sector);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}

function modalityBits(event: EmploymentEvent): number {
  if (event.modality === 'mixte') return 3;
  return event.modality === 'distance' || event.online ? 2 : 1;
}

/** Rows indexed between two yields of `buildSearchIndexInSteps` (a few ms each on a slow machine). */
export const INDEX_STEP_ROWS = 500;

/**
 * `concernedFairs`: keys of the online fairs that concern the territory (the cache's); the
 * MEE events of the cache are the territory's own. Without it (an older cache), every fair
 * counts as concerned.
 */
export function buildSearchIndex(
  input: readonly EmploymentEvent[],
  concernedFairs?: readonly string[],
): SearchIndex {
  const builder = indexBuilder(input, concernedFairs);
  builder.fill(0, builder.size);
  return builder.finish();
}

/**
 * The same index, built `INDEX_STEP_ROWS` rows at a time with `pause()` awaited between steps,
 * so that a long list is indexed without holding the page's thread (keystrokes, paints).
 * Resolves to null when `cancelled()` turns true meanwhile (a newer list arrived).
 */
export async function buildSearchIndexInSteps(
  input: readonly EmploymentEvent[],
  concernedFairs: readonly string[] | undefined,
  pause: () => Promise<void>,
  cancelled: () => boolean = () => false,
): Promise<SearchIndex | null> {
  const builder = indexBuilder(input, concernedFairs);
  for (let from = 0; from < builder.size; from += INDEX_STEP_ROWS) {
    await pause();
    if (cancelled()) return null;
    builder.fill(from, Math.min(builder.size, from + INDEX_STEP_ROWS));
  }
  return cancelled() ? null : builder.finish();
}

function indexBuilder(input: readonly EmploymentEvent[], concernedFairs?: readonly string[]) {
  const concernedKeys = concernedFairs ? new Set(concernedFairs) : null;
  const events = input
    .map((event) => ({ event, start: Date.parse(event.start) }))
    .sort((a, b) => a.start - b.start || a.event.title.localeCompare(b.event.title))
    .map((entry) => entry.event);
  const n = events.length;
  const index = {
    events,
    text: new Array<string>(n),
    startDay: new Array<string>(n),
    endDay: new Array<string>(n),
    startMs: new Float64Array(n),
    endMs: new Float64Array(n),
    departement: new Array<string | null>(n),
    postalCode: new Array<string | null>(n),
    typeLabel: new Array<string>(n),
    typeKey: new Array<string>(n),
    modality: new Uint8Array(n),
    sectors: new Uint16Array(n),
    placesLeft: new Float64Array(n),
    runningFlag: new Uint8Array(n),
    closesDay: new Array<string>(n),
    concerned: new Uint8Array(n),
  };
  const types = new Map<string, string>();
  const fill = (from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      const event = events[i] as EmploymentEvent;
      const place = event.place;
      index.text[i] = foldForSearch(
        [
          event.title,
          event.organiser ?? '',
          place?.city ?? '',
          place?.postalCode ?? '',
          event.locationLabel ?? '',
          htmlToSearchText(event.descriptionHtml),
        ].join(' \u0001 '),
      );
      // The event's own calendar days: a Guadeloupe evening is not the next day in Paris.
      index.startDay[i] = eventDay(event, event.start);
      index.endDay[i] = eventDay(event, event.end ?? event.start);
      index.startMs[i] = Date.parse(event.start);
      index.endMs[i] = event.hasTime ? Date.parse(event.end ?? event.start) : NaN;
      index.departement[i] = place?.departement ?? null;
      index.postalCode[i] = place?.postalCode ?? null;
      index.typeLabel[i] = event.typeLabel;
      const typeCode = event.typeCode as MeeTypeCode | null;
      const key = typeCode && typeCode in MEE_TYPE_CODES ? typeCode : event.typeLabel;
      index.typeKey[i] = key;
      index.modality[i] = modalityBits(event);
      index.sectors[i] = sectorMask(event.sectors);
      index.placesLeft[i] = event.placesLeft ?? -1;
      index.runningFlag[i] = event.runningNow ? 1 : 0;
      index.closesDay[i] = event.registrationClosesAt ? parisDay(event.registrationClosesAt) : '';
      if (!types.has(key)) types.set(key, key === typeCode ? MEE_TYPE_CODES[typeCode] : event.typeLabel);
      index.concerned[i] =
        event.source !== 'salon-en-ligne' || !concernedKeys || concernedKeys.has(event.key) ? 1 : 0;
    }
  };
  const finish = (): SearchIndex => {
    const byPlaces = Uint32Array.from(events.keys());
    // Stable sort over date order: equal places keep date order.
    byPlaces.sort((a, b) => (index.placesLeft[b] ?? -1) - (index.placesLeft[a] ?? -1) || a - b);
    return {
      ...index,
      byPlaces,
      typeOptions: [...types]
        .map(([value, label]) => ({ value, label }))
        .sort((a, b) => a.label.localeCompare(b.label, 'fr')),
    };
  };
  return { size: n, fill, finish };
}

/** Keyword terms, folded as the index is: every term must appear (AND). */
export function keywordTerms(keyword: string): string[] {
  return foldForSearch(keyword).split(' ').filter(Boolean);
}

/**
 * Positions (in `index.events`) of the events that pass every filter, in the chosen
 * order. Events already over are never listed.
 */
export function searchIndex(index: SearchIndex, filters: EventFilters, now: Date): Uint32Array {
  const n = index.events.length;
  const nowMs = now.getTime();
  const today = parisDay(now);
  const terms = keywordTerms(filters.keyword);
  const departements = filters.departements.length ? new Set(filters.departements) : null;
  const postalCodes = filters.commune ? new Set(filters.commune.postalCodes) : null;
  const sectorBit = filters.sector ? 1 << (SECTOR_LETTERS as readonly string[]).indexOf(filters.sector) : 0;
  const modalityBit = filters.modality === 'presentiel' ? 1 : filters.modality === 'distance' ? 2 : 0;
  const range = periodRange(filters.period, today, { from: filters.from, to: filters.to });
  const order = filters.sort === 'places' ? index.byPlaces : null;

  const out = new Uint32Array(n);
  let count = 0;
  for (let k = 0; k < n; k += 1) {
    const i = order ? (order[k] as number) : k;
    const endMs = index.endMs[i] as number;
    const endDay = index.endDay[i] as string;
    const startDay = index.startDay[i] as string;
    // Over: timed events at their end, day events after their last day.
    if (Number.isNaN(endMs) ? endDay < today : endMs < nowMs) continue;
    if (filters.territoryOnly && index.concerned[i] !== 1) continue;
    if (departements && !departements.has(index.departement[i] ?? '')) continue;
    if (postalCodes && !postalCodes.has(index.postalCode[i] ?? '')) continue;
    // A code, or a label (filters saved before types had codes).
    if (filters.type && index.typeKey[i] !== filters.type && index.typeLabel[i] !== filters.type) continue;
    if (modalityBit && ((index.modality[i] as number) & modalityBit) === 0) continue;
    if (sectorBit && ((index.sectors[i] as number) & sectorBit) === 0) continue;
    if (range.from && endDay < range.from) continue;
    if (range.to && startDay > range.to) continue;
    if (filters.runningOnly) {
      const started = Number.isNaN(endMs) ? startDay <= today : (index.startMs[i] as number) <= nowMs;
      if (!started && index.runningFlag[i] !== 1) continue;
    }
    if (filters.placesOnly) {
      if (index.placesLeft[i] === 0) continue;
      const closes = index.closesDay[i] as string;
      if (closes && closes < today) continue;
    }
    if (terms.length) {
      const text = index.text[i] as string;
      let all = true;
      for (const term of terms) {
        if (!text.includes(term)) {
          all = false;
          break;
        }
      }
      if (!all) continue;
    }
    out[count] = i;
    count += 1;
  }
  return out.slice(0, count);
}
