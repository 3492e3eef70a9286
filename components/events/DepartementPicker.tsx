import { useId, useState } from 'react';
import { departementName, searchDepartements } from '../../lib/territory/departements';
import { useI18n } from '../shared/i18n';

interface DepartementPickerProps {
  value: string[];
  onChange: (codes: string[]) => void;
}

/** Several départements, typed by name or number; each chosen one is a removable chip. */
export function DepartementPicker({ value, onChange }: DepartementPickerProps) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const suggestions = searchDepartements(query, 8).filter((d) => !value.includes(d.code));
  const add = (code: string) => {
    onChange([...value, code]);
    setQuery('');
  };
  return (
    <div className="field">
      <label htmlFor={`${id}-input`}>{t.events.departements}</label>
      <span id={`${id}-hint`} className="field__hint">
        {t.events.departementsHint}
      </span>
      <input
        id={`${id}-input`}
        type="text"
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          const first = suggestions[0];
          if (event.key === 'Enter' && first) {
            event.preventDefault();
            add(first.code);
          }
        }}
      />
      {suggestions.length > 0 ? (
        <ul className="suggestions" aria-label={t.events.departementSuggestions}>
          {suggestions.map((d) => {
            const label = `${d.code} – ${d.name}`;
            return (
              <li key={d.code}>
                <button type="button" onClick={() => add(d.code)}>
                  {label}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {value.length > 0 ? (
        <ul className="chips">
          {value.map((code) => {
            const name = `${code} – ${departementName(code) ?? code}`;
            return (
              <li key={code}>
                <button
                  type="button"
                  className="chip"
                  aria-label={t.events.removeDepartement(name)}
                  onClick={() => onChange(value.filter((c) => c !== code))}
                >
                  {name}
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
