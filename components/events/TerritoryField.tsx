import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { IndexedCommune } from '../../lib/events/core/commune-index';
import { suggestTerritories, type TerritorySuggestion } from '../../lib/events/core/territory-search';
import { loadCommuneIndex } from '../../lib/events/commune-index-loader';
import { departementName } from '../../lib/settings/core/departements';
import { useI18n } from '../shared/i18n';

/** "Puy-de-Dôme (63)". */
export function departementLabel(code: string): string {
  const name = departementName(code);
  return name ? `${name} (${code})` : code;
}

const MAX_SHOWN = 6;

interface TerritoryFieldProps {
  onChoose: (suggestion: TerritorySuggestion) => void;
  /** Focus the field when it appears (the agent asked to change the territory). */
  autoFocus?: boolean;
  /** The commune index; the packaged one by default (tests pass theirs). */
  loadCommunes?: () => Promise<IndexedCommune[]>;
}

/**
 * One field for the territory: a commune, a postal code or a département, answered as the
 * agent types with suggestions as plain buttons (Enter takes the first, the arrows move
 * between them) and a polite count. The commune index is fetched on first focus only, so
 * it weighs nothing on the popup's opening; départements and postal codes answer before it.
 */
export function TerritoryField({
  onChoose,
  autoFocus = false,
  loadCommunes = loadCommuneIndex,
}: TerritoryFieldProps) {
  const { t } = useI18n();
  const e = t.events;
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState('');
  const [communes, setCommunes] = useState<IndexedCommune[] | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  const load = () => {
    if (communes || loading) return;
    setLoading(true);
    void loadCommunes().then((index) => {
      setCommunes(index);
      setLoading(false);
    });
  };

  const suggestions = suggestTerritories(query, communes, MAX_SHOWN);
  const choose = (suggestion: TerritorySuggestion) => {
    setQuery('');
    onChoose(suggestion);
  };
  const buttons = () => [...(list.current?.querySelectorAll('button') ?? [])];

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (suggestions[0]) choose(suggestions[0]);
    } else if (event.key === 'ArrowDown' && suggestions.length > 0) {
      event.preventDefault();
      buttons()[0]?.focus();
    }
  };
  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = buttons();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      (next < 0 ? input.current : all[Math.min(next, all.length - 1)])?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.current?.focus();
    }
  };

  const typed = query.trim();
  return (
    <div className="field territory-field">
      <label htmlFor={`${id}-input`}>{e.territoryField}</label>
      <span id={`${id}-hint`} className="field__hint">
        {e.territoryFieldHint}
      </span>
      <input
        ref={input}
        id={`${id}-input`}
        type="text"
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        value={query}
        onFocus={load}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onInputKeyDown}
      />
      {typed && loading && !/^\d+$/.test(typed) ? (
        <span className="field__hint">{e.territoryLoadingCommunes}</span>
      ) : null}
      {suggestions.length > 0 ? (
        <ul ref={list} className="suggestions" aria-label={e.territorySuggestions} onKeyDown={onListKeyDown}>
          {suggestions.map((suggestion) => (
            <li key={suggestion.key}>
              <button type="button" onClick={() => choose(suggestion)}>
                {suggestion.kind === 'departement'
                  ? e.territoryDepartementOption(departementLabel(suggestion.departement))
                  : e.territoryCommuneOption(
                      suggestion.name,
                      suggestion.postalCodes[0] ?? '',
                      departementLabel(suggestion.departement),
                    )}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <p role="status" className="visually-hidden">
        {typed && !loading ? e.territoryResults(suggestions.length) : ''}
      </p>
    </div>
  );
}
