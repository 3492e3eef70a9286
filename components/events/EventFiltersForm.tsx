import { useId } from 'react';
import type { EventPlace } from '../../lib/events/core/event';
import { MEE_TYPE_CODES, type MeeTypeCode } from '../../lib/events/core/wire/mee';
import type { TypeOption } from '../../lib/events/search/search-index';
import {
  PERIODS,
  SECTOR_LETTERS,
  activeFilterCount,
  type EventFilters,
  type EventSort,
  type ModalityFilter,
  type Period,
  type SectorLetter,
} from '../../lib/events/search/filters';
import { Field } from '../shared/Field';
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
}

/** Every search filter; the list below updates as the agent types (no submit). */
export function EventFiltersForm({ filters, onChange, onReset, typeOptions, places }: EventFiltersFormProps) {
  const { t } = useI18n();
  const e = t.events;
  const id = useId();
  const active = activeFilterCount(filters);
  return (
    <form
      className="events-filters"
      role="search"
      aria-label={e.searchHeading}
      onSubmit={(ev) => ev.preventDefault()}
    >
      <Field id={`${id}-keyword`} label={e.keyword} hint={e.keywordHint} inlineHint>
        {(control) => (
          <input
            {...control}
            type="search"
            value={filters.keyword}
            onChange={(ev) => onChange({ keyword: ev.target.value })}
          />
        )}
      </Field>
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
          <label htmlFor={`${id}-period`}>{e.period}</label>
          <select
            id={`${id}-period`}
            value={filters.period}
            onChange={(ev) => onChange({ period: ev.target.value as Period })}
          >
            {PERIODS.map((period) => (
              <option key={period} value={period}>
                {e.periods[period]}
              </option>
            ))}
          </select>
        </div>
        {filters.period === 'custom' ? (
          <>
            <div className="field">
              <label htmlFor={`${id}-from`}>{e.from}</label>
              <input
                id={`${id}-from`}
                type="date"
                value={filters.from}
                max={filters.to || undefined}
                onChange={(ev) => onChange({ from: ev.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-to`}>{e.to}</label>
              <input
                id={`${id}-to`}
                type="date"
                value={filters.to}
                min={filters.from || undefined}
                onChange={(ev) => onChange({ to: ev.target.value })}
              />
            </div>
          </>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-type`}>{e.type}</label>
          <select
            id={`${id}-type`}
            value={filters.type}
            onChange={(ev) => onChange({ type: ev.target.value })}
          >
            <option value="">{e.typeAll}</option>
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
          <label htmlFor={`${id}-modality`}>{e.modality}</label>
          <select
            id={`${id}-modality`}
            value={filters.modality}
            onChange={(ev) => onChange({ modality: ev.target.value as ModalityFilter })}
          >
            <option value="any">{e.modalityAny}</option>
            <option value="presentiel">{e.modalityPresentiel}</option>
            <option value="distance">{e.modalityDistance}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sector`}>{e.sector}</label>
          <select
            id={`${id}-sector`}
            value={filters.sector}
            onChange={(ev) => onChange({ sector: ev.target.value as SectorLetter | '' })}
          >
            <option value="">{e.sectorAll}</option>
            {SECTOR_LETTERS.map((letter) => (
              <option key={letter} value={letter}>
                {e.sectorOption(letter, e.sectors[letter])}
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
          {e.placesOnly}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={filters.runningOnly}
            onChange={(ev) => onChange({ runningOnly: ev.target.checked })}
          />
          {e.runningOnly}
        </label>
      </div>
      <div className="events-toolbar">
        <div className="field">
          <label htmlFor={`${id}-sort`}>{e.sort}</label>
          <select
            id={`${id}-sort`}
            value={filters.sort}
            onChange={(ev) => onChange({ sort: ev.target.value as EventSort })}
          >
            <option value="date">{e.sortDate}</option>
            <option value="places">{e.sortPlaces}</option>
          </select>
        </div>
        <button type="button" className="button button--secondary" onClick={onReset} disabled={active === 0}>
          {e.resetFilters}
        </button>
      </div>
    </form>
  );
}
