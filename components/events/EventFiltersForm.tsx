import { useId, useRef, useState } from 'react';
import type { EventPlace } from '../../lib/events/core/event';
import { MEE_TYPE_CODES, type MeeTypeCode } from '../../lib/events/core/wire/mee';
import type { TypeOption } from '../../lib/events/search/search-index';
import { formatTypedDay } from '../../lib/core/day-input';
import {
  PERIODS,
  SECTOR_LETTERS,
  activeFilterKey,
  activeFilters,
  withoutFilter,
  type ActiveFilter,
  type EventFilters,
  type EventSort,
  type ModalityFilter,
  type Period,
  type SectorLetter,
} from '../../lib/events/search/filters';
import type { EventsPanelMessages } from '../../lib/i18n/messages/events-panel';
import { formatDepartement } from '../../lib/settings/core/departements';
import { DateField } from '../shared/DateField';
import { useI18n } from '../shared/i18n';
import { CommunePicker } from './CommunePicker';
import { DepartementPicker } from './DepartementPicker';

interface EventFiltersFormProps {
  filters: EventFilters;
  onChange: (change: Partial<EventFilters>) => void;
  onReset: () => void;
  /** Real types by code, other types by label (lib/events/search/search-index.ts). */
  typeOptions: readonly TypeOption[];
  places: readonly (EventPlace | null)[];
  /** Says a removal in the view's live region. */
  announce: (message: string) => void;
}

/** What a chip says for an active filter. */
export function chipLabel(filter: ActiveFilter, p: EventsPanelMessages): string {
  switch (filter.kind) {
    case 'territory':
      return p.chipScope;
    case 'departement':
      return p.chipDepartement(formatDepartement(filter.code));
    case 'commune':
      return p.chipCommune(filter.label);
    case 'type':
      return p.chipType(MEE_TYPE_CODES[filter.label as MeeTypeCode] ?? filter.label);
    case 'modality':
      return p.chipModality(filter.value === 'presentiel' ? p.modalityPresentiel : p.modalityDistance);
    case 'sector':
      return p.chipSector(p.sectorOption(filter.letter, p.sectors[filter.letter]));
    case 'period':
      return p.chipPeriod(p.periods[filter.period]);
    case 'custom-period':
      return p.chipCustomPeriod(formatTypedDay(filter.from), formatTypedDay(filter.to));
    case 'places':
      return p.placesOnly;
    case 'running':
      return p.runningOnly;
  }
}

/**
 * The search, sized for a 400 px side panel: the keyword field, then a "Filtres" disclosure
 * that says how many filters are active and, closed, shows each as a chip that removes it.
 * The list below updates as the agent types (no submit).
 */
export function EventFiltersForm({
  filters,
  onChange,
  onReset,
  typeOptions,
  places,
  announce,
}: EventFiltersFormProps) {
  const { t } = useI18n();
  const p = t.eventsPanel;
  const id = useId();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const chipList = useRef<HTMLUListElement>(null);
  const active = activeFilters(filters);

  const remove = (filter: ActiveFilter, index: number) => {
    onChange(withoutFilter(filters, filter));
    announce(p.filterRemoved(chipLabel(filter, p)));
    // The focus stays in the chips (the next one, else the previous), or goes to "Filtres".
    requestAnimationFrame(() => {
      const chips = [...(chipList.current?.querySelectorAll('button') ?? [])];
      (chips[Math.min(index, chips.length - 1)] ?? toggle.current)?.focus();
    });
  };

  return (
    <form
      className="events-filters"
      role="search"
      aria-label={p.searchHeading}
      onSubmit={(ev) => ev.preventDefault()}
    >
      <div className="field">
        <label htmlFor={`${id}-keyword`}>{p.keyword}</label>
        <span id={`${id}-keyword-hint`} className="field__hint">
          {p.keywordHint}
        </span>
        <input
          id={`${id}-keyword`}
          type="search"
          aria-describedby={`${id}-keyword-hint`}
          value={filters.keyword}
          onChange={(ev) => onChange({ keyword: ev.target.value })}
        />
      </div>
      <div className="events-filters__bar">
        <button
          ref={toggle}
          type="button"
          className="button button--secondary events-filters__toggle"
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          onClick={() => setOpen((current) => !current)}
        >
          <span aria-hidden="true" className="events-filters__chevron">
            {open ? '▾' : '▸'}
          </span>
          {p.filters} ({p.filtersActive(active.length)})
        </button>
      </div>
      {!open && active.length > 0 ? (
        <ul ref={chipList} className="chips" aria-label={p.activeFiltersLabel}>
          {active.map((filter, index) => {
            const label = chipLabel(filter, p);
            return (
              <li key={activeFilterKey(filter)}>
                <button
                  type="button"
                  className="chip"
                  aria-label={p.removeFilter(label)}
                  onClick={() => remove(filter, index)}
                >
                  {label}
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <div id={`${id}-panel`} className="events-filters__panel" hidden={!open}>
        <div>
          <label className="check">
            <input
              type="checkbox"
              aria-describedby={`${id}-territory-hint`}
              checked={filters.territoryOnly}
              onChange={(ev) => onChange({ territoryOnly: ev.target.checked })}
            />
            {p.scopeTerritory}
          </label>
          <span id={`${id}-territory-hint`} className="field__hint">
            {p.scopeTerritoryHint}
          </span>
        </div>
        <div className="field-row">
          <DepartementPicker
            value={filters.departements}
            onChange={(departements) => onChange({ departements })}
          />
          <CommunePicker
            value={filters.commune}
            onChange={(commune) => onChange({ commune })}
            places={places}
          />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-period`}>{p.period}</label>
            <select
              id={`${id}-period`}
              value={filters.period}
              onChange={(ev) => onChange({ period: ev.target.value as Period })}
            >
              {PERIODS.map((period) => (
                <option key={period} value={period}>
                  {p.periods[period]}
                </option>
              ))}
            </select>
          </div>
          {filters.period === 'custom' ? (
            <>
              <DateField
                label={p.from}
                value={filters.from}
                max={filters.to || undefined}
                onChange={(from) => onChange({ from })}
              />
              <DateField
                label={p.to}
                value={filters.to}
                min={filters.from || undefined}
                onChange={(to) => onChange({ to })}
              />
            </>
          ) : null}
          <div className="field">
            <label htmlFor={`${id}-type`}>{p.type}</label>
            <select
              id={`${id}-type`}
              value={filters.type}
              onChange={(ev) => onChange({ type: ev.target.value })}
            >
              <option value="">{p.typeAll}</option>
              {typeOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
              {filters.type && !typeOptions.some((option) => option.value === filters.type) ? (
                <option value={filters.type}>
                  {MEE_TYPE_CODES[filters.type as MeeTypeCode] ?? filters.type}
                </option>
              ) : null}
            </select>
          </div>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-modality`}>{p.modality}</label>
            <select
              id={`${id}-modality`}
              value={filters.modality}
              onChange={(ev) => onChange({ modality: ev.target.value as ModalityFilter })}
            >
              <option value="any">{p.modalityAny}</option>
              <option value="presentiel">{p.modalityPresentiel}</option>
              <option value="distance">{p.modalityDistance}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-sector`}>{p.sector}</label>
            <select
              id={`${id}-sector`}
              value={filters.sector}
              onChange={(ev) => onChange({ sector: ev.target.value as SectorLetter | '' })}
            >
              <option value="">{p.sectorAll}</option>
              {SECTOR_LETTERS.map((letter) => (
                <option key={letter} value={letter}>
                  {p.sectorOption(letter, p.sectors[letter])}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field-row">
          <label className="check">
            <input
              type="checkbox"
              checked={filters.placesOnly}
              onChange={(ev) => onChange({ placesOnly: ev.target.checked })}
            />
            {p.placesOnly}
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={filters.runningOnly}
              onChange={(ev) => onChange({ runningOnly: ev.target.checked })}
            />
            {p.runningOnly}
          </label>
        </div>
        <div className="events-toolbar">
          <div className="field">
            <label htmlFor={`${id}-sort`}>{p.sort}</label>
            <select
              id={`${id}-sort`}
              value={filters.sort}
              onChange={(ev) => onChange({ sort: ev.target.value as EventSort })}
            >
              <option value="date">{p.sortDate}</option>
              <option value="places">{p.sortPlaces}</option>
            </select>
          </div>
          <button
            type="button"
            className="button button--secondary"
            onClick={onReset}
            disabled={active.length === 0 && filters.keyword.trim() === ''}
          >
            {p.resetFilters}
          </button>
        </div>
      </div>
    </form>
  );
}
