import type { EventTiming } from './event-state';
import { hasEnded, isRunning } from './event-state';

/**
 * The popup's list: events not over, online fairs running now first, then by start date
 * (ties by title, so the order is stable between refreshes).
 */
export function selectUpcoming<E extends EventTiming & { online: boolean; title: string }>(
  events: readonly E[],
  now: Date,
  limit: number,
): E[] {
  const ranked: { event: E; first: number; start: number }[] = [];
  for (const event of events) {
    if (hasEnded(event, now)) continue;
    ranked.push({
      event,
      first: event.online && isRunning(event, now) ? 0 : 1,
      start: Date.parse(event.start),
    });
  }
  ranked.sort((a, b) => a.first - b.first || a.start - b.start || a.event.title.localeCompare(b.event.title));
  return ranked.slice(0, limit).map((entry) => entry.event);
}
