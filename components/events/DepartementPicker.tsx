import { formatDepartement } from '../../lib/settings/core/departements';
import { useI18n } from '../shared/i18n';
import { LabelledSearchInput } from './LabelledSearchInput';
import { useDepartementSearch } from '../shared/use-departement-search';

interface DepartementPickerProps {
  value: string[];
  onChange: (codes: string[]) => void;
}

/** Several départements, typed by name or number; each chosen one is a removable chip. */
export function DepartementPicker({ value, onChange }: DepartementPickerProps) {
  const { t } = useI18n();
  const { query, setQuery, shown, add, onKeyDown } = useDepartementSearch(value, (departement) =>
    onChange([...value, departement.code]),
  );
  return (
    <div className="field">
      <LabelledSearchInput
        label={t.eventsPanel.departements}
        hint={t.eventsPanel.departementsHint}
        value={query}
        onChange={setQuery}
        onKeyDown={onKeyDown}
      />
      {shown.length > 0 ? (
        <ul className="suggestions" aria-label={t.eventsPanel.departementSuggestions}>
          {shown.map((d) => (
            <li key={d.code}>
              <button type="button" onClick={() => add(d)}>
                {formatDepartement(d.code)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {value.length > 0 ? (
        <ul className="chips">
          {value.map((code) => {
            const name = formatDepartement(code);
            return (
              <li key={code}>
                <button
                  type="button"
                  className="chip"
                  aria-label={t.eventsPanel.removeDepartement(name)}
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
