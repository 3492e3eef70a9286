import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { EmploymentEvent } from '../../lib/events/core/event';
import { useI18n } from '../shared/i18n';
import { EventFacts } from './EventFacts';

interface EventListProps {
  events: readonly EmploymentEvent[];
  /** Positions in `events` to list, in order. */
  results: Uint32Array;
  /** The first rows only, the rest still loading (said to assistive technologies). */
  busy?: boolean;
  /** The row that holds the keyboard focus (roving tabindex). */
  active: number;
  onActiveChange: (row: number) => void;
  /** Focus the active row on mount (coming back from a detail). */
  focusOnMount: boolean;
  onOpen: (row: number) => void;
  selected: ReadonlySet<string>;
  onToggleSelected: (key: string) => void;
  now: Date;
}

const PAGE = 10;

/**
 * The results, virtualised (only visible rows are in the DOM, so thousands stay smooth).
 * One tab stop: arrows, Home/End and PageUp/PageDown move between rows, Enter opens the
 * detail; each row's print checkbox follows it in the tab order.
 */
export function EventList({
  events,
  results,
  busy = false,
  active,
  onActiveChange,
  focusOnMount,
  onOpen,
  selected,
  onToggleSelected,
  now,
}: EventListProps) {
  const { t, language } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const wantFocus = useRef(focusOnMount);
  const virtualizer = useVirtualizer({
    count: results.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 96,
    overscan: 6,
  });

  const focusRow = (row: number) => {
    const button = scrollRef.current?.querySelector<HTMLButtonElement>(`[data-row="${row}"]`);
    if (button) {
      button.focus({ preventScroll: true });
      wantFocus.current = false;
    }
  };

  useEffect(() => {
    if (!wantFocus.current) return;
    virtualizer.scrollToIndex(active, { align: 'auto' });
    // The row may render only after the scroll: try now and on the next frame.
    focusRow(active);
    const frame = requestAnimationFrame(() => focusRow(active));
    return () => cancelAnimationFrame(frame);
  });

  const move = (row: number) => {
    const target = Math.max(0, Math.min(results.length - 1, row));
    wantFocus.current = true;
    onActiveChange(target);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (!(event.target instanceof HTMLElement) || !event.target.matches('[data-row]')) return;
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      Home: 0,
      End: results.length - 1,
      PageDown: active + PAGE,
      PageUp: active - PAGE,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    move(target);
  };

  return (
    <div ref={scrollRef} className="events-list">
      <ul
        aria-label={t.eventsPanel.listLabel}
        aria-describedby="events-list-help"
        aria-busy={busy || undefined}
        onKeyDown={onKeyDown}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const event = events[results[item.index] as number];
          if (!event) return null;
          const isActive = item.index === active;
          return (
            <li
              key={event.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="events-list__row"
              style={{ transform: `translateY(${item.start}px)` }}
              aria-setsize={results.length}
              aria-posinset={item.index + 1}
            >
              <button
                type="button"
                className="event-row"
                data-row={item.index}
                tabIndex={isActive ? 0 : -1}
                onFocus={() => {
                  if (!isActive) onActiveChange(item.index);
                }}
                onClick={() => onOpen(item.index)}
              >
                <span className="event-row__title">{event.title}</span>
                <EventFacts event={event} t={t.events} language={language} now={now} />
              </button>
              <span className="events-list__select">
                <input
                  type="checkbox"
                  tabIndex={isActive ? 0 : -1}
                  aria-label={t.events.selectForPrint(event.title)}
                  checked={selected.has(event.key)}
                  onChange={() => onToggleSelected(event.key)}
                />
              </span>
            </li>
          );
        })}
      </ul>
      <p id="events-list-help" className="visually-hidden">
        {t.eventsPanel.listHelp}
      </p>
    </div>
  );
}
