import { useEffect, useMemo, useState } from 'react';
import type { EventPlace } from '../../lib/events/core/event';
import type { CommuneChoice } from '../../lib/events/search/filters';
import type * as CommunesModuleNs from '../../lib/events/search/communes';
import type { Commune } from '../../lib/events/search/communes';
import { useI18n } from '../shared/i18n';
import { LabelledSearchInput } from './LabelledSearchInput';

type CommunesModule = typeof CommunesModuleNs;

interface CommunePickerProps {
  value: CommuneChoice | null;
  onChange: (commune: CommuneChoice | null) => void;
  places: readonly (EventPlace | null)[];
}

/**
 * One commune, expanded to all of its postal codes. The commune table is loaded on first
 * use only (dynamic import): it stays out of the panel's first paint.
 */
export function CommunePicker({ value, onChange, places }: CommunePickerProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [communes, setCommunes] = useState<CommunesModule | null>(null);
  useEffect(() => {
    if (!query || communes) return;
    void import('../../lib/events/search/communes').then((module) => setCommunes(module));
  }, [query, communes]);
  const options = useMemo(() => communes?.buildCommuneOptions(places) ?? [], [communes, places]);
  const suggestions = communes && query ? communes.searchCommunes(options, query, 8) : [];
  const choose = (commune: Commune) => {
    onChange({
      code: commune.code,
      label: `${commune.name} (${commune.departement})`,
      postalCodes: commune.postalCodes,
    });
    setQuery('');
  };
  return (
    <div className="field">
      <LabelledSearchInput
        label={t.eventsPanel.commune}
        hint={t.eventsPanel.communeHint}
        value={query}
        onChange={setQuery}
        onKeyDown={(event) => {
          const first = suggestions[0];
          if (event.key === 'Enter' && first) {
            event.preventDefault();
            choose(first);
          }
        }}
      />
      {query && !communes ? <span className="field__hint">{t.eventsPanel.communeLoading}</span> : null}
      {suggestions.length > 0 ? (
        <ul className="suggestions" aria-label={t.eventsPanel.communeSuggestions}>
          {suggestions.map((commune) => (
            <li key={commune.code}>
              <button type="button" onClick={() => choose(commune)}>
                {t.eventsPanel.communeOption(commune.name, commune.departement, commune.postalCodes.length)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {value ? (
        <ul className="chips">
          <li>
            <button
              type="button"
              className="chip"
              aria-label={t.eventsPanel.removeCommune(value.label)}
              onClick={() => onChange(null)}
            >
              {value.label}
              <span aria-hidden="true">×</span>
            </button>
          </li>
        </ul>
      ) : null}
    </div>
  );
}
