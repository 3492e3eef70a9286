import { useEffect, useRef, useState } from 'react';
import { DEFAULT_EVENT_FILTERS, type EventFilters } from '../../lib/events/search/filters';
import { parseStoredFilters } from '../../lib/events/search/filters-schema';
import { eventFiltersItem } from '../../lib/platform/storage/items';

/**
 * The agent's search filters, kept between sessions in storage.local (public data only),
 * checked field by field when read back. Saved shortly after the last change.
 */
export function useStoredFilters(): [EventFilters, (change: Partial<EventFilters>) => void, () => void] {
  const [filters, setFilters] = useState<EventFilters>(DEFAULT_EVENT_FILTERS);
  const touched = useRef(false);
  useEffect(() => {
    void eventFiltersItem.getValue().then((stored) => {
      if (!touched.current) setFilters(parseStoredFilters(stored));
    });
  }, []);
  useEffect(() => {
    if (!touched.current) return undefined;
    const timer = setTimeout(() => {
      void eventFiltersItem.setValue({ ...filters } as unknown as Record<string, unknown>);
    }, 300);
    return () => clearTimeout(timer);
  }, [filters]);
  const update = (change: Partial<EventFilters>) => {
    touched.current = true;
    setFilters((current) => ({ ...current, ...change }));
  };
  const reset = () => {
    touched.current = true;
    setFilters((current) => ({ ...DEFAULT_EVENT_FILTERS, sort: current.sort }));
  };
  return [filters, update, reset];
}
