import type { SettingKey } from '../../lib/settings/core/settings';
import { useI18n } from '../shared/i18n';
import { describedBy, fieldIds } from './field-ids';
import { PolicyBadge } from './PolicyBadge';

interface Choice {
  value: string;
  label: string;
  hint?: string;
  /** Language of the label when it differs from the page's ("English" on a French page). */
  lang?: string;
}

interface ChoiceGroupProps {
  name: SettingKey;
  choices: Choice[];
  /** One value (radio buttons) or several (checkboxes). */
  selected: string | string[];
  onChange: (selected: string | string[]) => void;
  locked: boolean;
  error?: string;
}

/**
 * A fieldset of radio buttons or checkboxes. When the organisation fixed it, the inputs are
 * disabled (radios and checkboxes have no read-only state) and the legend says why.
 */
export function ChoiceGroup({ name, choices, selected, onChange, locked, error }: ChoiceGroupProps) {
  const { t } = useI18n();
  const ids = fieldIds(name);
  const multiple = Array.isArray(selected);
  const isChecked = (value: string) => (multiple ? selected.includes(value) : selected === value);
  const toggle = (value: string, checked: boolean) => {
    if (!multiple) return onChange(value);
    const next = checked ? [...selected, value] : selected.filter((item) => item !== value);
    // Keep the offered order, whatever the click order.
    return onChange(choices.map((choice) => choice.value).filter((item) => next.includes(item)));
  };
  return (
    <fieldset
      className={`field field--group${error ? ' field--error' : ''}`}
      aria-describedby={describedBy(locked && ids.lock, error && ids.error)}
    >
      <legend className="field__label">{t.settings.labels[name]}</legend>
      {locked ? <PolicyBadge id={ids.lock} /> : null}
      {error ? (
        <p id={ids.error} className="field__error">
          {error}
        </p>
      ) : null}
      {choices.map((choice, index) => {
        const id = index === 0 ? ids.input : `${ids.input}-${choice.value}`;
        const hintId = `${id}-hint`;
        return (
          <div className="field__choice" key={choice.value}>
            <input
              id={id}
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              value={choice.value}
              checked={isChecked(choice.value)}
              disabled={locked}
              aria-describedby={choice.hint ? hintId : undefined}
              onChange={(event) => toggle(choice.value, event.target.checked)}
            />
            <label htmlFor={id} lang={choice.lang}>
              {choice.label}
            </label>
            {choice.hint ? (
              <p id={hintId} className="field__hint">
                {choice.hint}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
