import type { EmploymentEvent } from '../core/event';
import type { EventTiming } from './event-state';
import { hasEnded, isRunning } from './event-state';

type Selectable = EventTiming & Pick<EmploymentEvent, 'key' | 'source' | 'start' | 'title'>;

export interface PopupSelection<E> {
  /** The territory's events (MEE: in person and remote), by date. */
  local: E[];
  /** The online fairs that concern the territory: running first, then by date. */
  fairs: E[];
  localTotal: number;
  fairsTotal: number;
}

const byStartThenTitle = (a: Selectable, b: Selectable) =>
  Date.parse(a.start) - Date.parse(b.start) || a.title.localeCompare(b.title);

/**
 * The popup's two groups, relevance first: the territory's next events by date (the cache
 * holds only the territory's MEE events), then the online fairs whose localisation concerns
 * the territory (`concernedFairs`, keys); the fairs of other regions are left out (the side
 * panel still finds them). Events over are dropped; ties by title keep the order stable
 * between refreshes. `limits` caps each list, the totals count them all.
 */
export function selectForPopup<E extends Selectable>(
  events: readonly E[],
  concernedFairs: ReadonlySet<string>,
  now: Date,
  limits: { local: number; fairs: number },
): PopupSelection<E> {
  const local: E[] = [];
  const fairs: E[] = [];
  for (const event of events) {
    if (hasEnded(event, now)) continue;
    if (event.source !== 'salon-en-ligne') local.push(event);
    else if (concernedFairs.has(event.key)) fairs.push(event);
  }
  local.sort(byStartThenTitle);
  const running = (event: E) => (isRunning(event, now) ? 0 : 1);
  fairs.sort((a, b) => running(a) - running(b) || byStartThenTitle(a, b));
  return {
    local: local.slice(0, limits.local),
    fairs: fairs.slice(0, limits.fairs),
    localTotal: local.length,
    fairsTotal: fairs.length,
  };
}

/**
 * The side panel's first rows without a filter: the first `limit` events not over, in the
 * search index's order (start, then title). Filtered, they are a prefix of the full list's
 * results (the events left out are over or come later), so the panel can paint them first.
 */
export function panelHead<E extends Selectable>(events: readonly E[], now: Date, limit: number): E[] {
  return events
    .filter((event) => !hasEnded(event, now))
    .map((event) => ({ event, start: Date.parse(event.start) }))
    .sort((a, b) => a.start - b.start || a.event.title.localeCompare(b.event.title))
    .slice(0, limit)
    .map((entry) => entry.event);
}
