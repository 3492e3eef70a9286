import { useEffect, useRef, useState } from 'react';
import { DEFAULT_EVENT_FILTERS, type EventFilters } from '../../lib/events/search/filters';
import { parseStoredFilters } from '../../lib/events/search/filters-schema';
import { eventFiltersItem } from '../../lib/platform/storage/items';

/** Filters asked from outside (the popup's "N de plus"), once per `at`. */
export interface FiltersPreset {
  at: number;
  filters: Partial<EventFilters>;
}

/**
 * The agent's search filters, kept between sessions in storage.local (public data only),
 * checked field by field when read back. Saved shortly after the last change. A preset
 * replaces them (the sort kept) and wins over what storage still has to give.
 */
export function useStoredFilters(
  preset: FiltersPreset | null = null,
): [EventFilters, (change: Partial<EventFilters>) => void, () => void] {
  const [filters, setFilters] = useState<EventFilters>(DEFAULT_EVENT_FILTERS);
  const [touched, setTouched] = useState(false);
  const [presetAt, setPresetAt] = useState<number | null>(null);
  if (preset && preset.at !== presetAt) {
    setPresetAt(preset.at);
    setTouched(true);
    setFilters((current) => ({ ...DEFAULT_EVENT_FILTERS, sort: current.sort, ...preset.filters }));
  }
  // Read by the storage answer, which may come after the agent's first change.
  const touchedRef = useRef(touched);
  useEffect(() => {
    touchedRef.current = touched;
  }, [touched]);

  useEffect(() => {
    void eventFiltersItem.getValue().then((stored) => {
      if (!touchedRef.current) setFilters(parseStoredFilters(stored));
    });
  }, []);
  useEffect(() => {
    if (!touched) return undefined;
    const timer = setTimeout(() => {
      void eventFiltersItem.setValue({ ...filters } as unknown as Record<string, unknown>);
    }, 300);
    return () => clearTimeout(timer);
  }, [filters, touched]);
  const update = (change: Partial<EventFilters>) => {
    touchedRef.current = true;
    setTouched(true);
    setFilters((current) => ({ ...current, ...change }));
  };
  const reset = () => {
    touchedRef.current = true;
    setTouched(true);
    setFilters((current) => ({ ...DEFAULT_EVENT_FILTERS, sort: current.sort }));
  };
  return [filters, update, reset];
}
