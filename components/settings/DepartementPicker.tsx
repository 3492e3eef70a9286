import { useId, useRef, useState } from 'react';
import { departementName, formatDepartement } from '../../lib/settings/core/departements';
import { useI18n } from '../shared/i18n';
import { useDepartementSearch } from '../shared/use-departement-search';
import { describedBy, fieldIds } from './field-ids';
import { PolicyBadge } from './PolicyBadge';

interface DepartementPickerProps {
  selected: string[];
  onChange: (codes: string[]) => void;
  locked: boolean;
  error?: string;
}

/**
 * The agent's territory: a search by name or code listing matches as "Ajouter" buttons,
 * and the chosen départements as a list with "Retirer" buttons. Plain buttons and a live
 * count rather than a combobox: simple to use with a keyboard and a screen reader.
 */
export function DepartementPicker({ selected, onChange, locked, error }: DepartementPickerProps) {
  const { t } = useI18n();
  const ids = fieldIds('departements');
  const [announcement, setAnnouncement] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const listTitleId = useId();
  const { query, setQuery, matches, shown, add, onKeyDown } = useDepartementSearch(
    selected,
    (departement) => {
      onChange([...selected, departement.code]);
      setAnnouncement(t.settings.territory.added(formatDepartement(departement.code)));
      searchRef.current?.focus();
    },
  );
  const remove = (code: string) => {
    onChange(selected.filter((item) => item !== code));
    setAnnouncement(t.settings.territory.removed(formatDepartement(code)));
    searchRef.current?.focus();
  };

  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <p id={ids.hint} className="field__hint">
        {t.settings.territory.intro}
      </p>
      {locked ? <PolicyBadge id={ids.lock} /> : null}
      {error ? (
        <p id={ids.error} className="field__error">
          {error}
        </p>
      ) : null}
      {locked ? null : (
        <>
          <label htmlFor={ids.input} className="field__label">
            {t.settings.territory.search}
          </label>
          <p id={`${ids.input}-example`} className="field__hint">
            {t.settings.territory.searchHint}
          </p>
          <input
            ref={searchRef}
            id={ids.input}
            type="search"
            className="field__input"
            value={query}
            autoComplete="off"
            aria-describedby={describedBy(`${ids.input}-example`, error && ids.error)}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onKeyDown}
          />
          {query.trim() ? (
            <ul className="picker__results">
              {shown.map((departement) => (
                <li key={departement.code}>
                  <button type="button" className="button button--secondary" onClick={() => add(departement)}>
                    {t.settings.territory.add(formatDepartement(departement.code))}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
      <div role="status" className="visually-hidden">
        {query.trim() ? t.settings.territory.results(matches.length) : announcement}
      </div>
      <h3 id={listTitleId} className="field__label">
        {t.settings.territory.selected}
      </h3>
      {selected.length === 0 ? (
        <p>{t.settings.territory.none}</p>
      ) : (
        <ul className="picker__selected" aria-labelledby={listTitleId}>
          {selected.map((code) => (
            <li key={code}>
              <span>{formatDepartement(code)}</span>
              {locked ? null : (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t.settings.territory.remove(departementName(code) ?? code)}
                  onClick={() => remove(code)}
                >
                  {t.settings.territory.removeShort}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
