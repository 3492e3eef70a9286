import type { SecretKey, SettingSource } from '../../lib/settings/core/settings';
import { useI18n } from '../shared/i18n';
import { Field } from '../shared/Field';
import { fieldIds } from './field-ids';
import { PolicyBadge } from './PolicyBadge';

interface SecretFieldProps {
  name: SecretKey;
  /** The new value being typed ('' = keep the current one). */
  value: string;
  onChange: (value: string) => void;
  source: SettingSource;
  isSet: boolean;
  /** The simulator supplies a public demo value when none is set. */
  demo: boolean;
  locked: boolean;
  clear: boolean;
  onClearChange: (clear: boolean) => void;
  error?: string;
}

/**
 * A credential: its value is never shown (the page does not even receive it), only whether
 * it is set and by whom. A new value may be typed; the one saved here may be erased.
 */
export function SecretField({
  name,
  value,
  onChange,
  source,
  isSet,
  demo,
  locked,
  clear,
  onClearChange,
  error,
}: SecretFieldProps) {
  const { t } = useI18n();
  const ids = fieldIds(name);
  const label = t.settings.labels[name];
  const state = (() => {
    if (source === 'policy') return t.settings.secrets.setByPolicy;
    if (isSet) return t.settings.secrets.setHere;
    return demo ? t.settings.secrets.demo : t.settings.secrets.notSet;
  })();
  const stateId = `${ids.input}-state`;

  if (locked) {
    return (
      <div className="field">
        <span className="field__label" id={`${ids.input}-label`}>
          {label}
        </span>
        {source === 'policy' ? (
          <PolicyBadge id={ids.lock} />
        ) : (
          <p className="field__value" aria-labelledby={`${ids.input}-label`}>
            {state}
          </p>
        )}
      </div>
    );
  }

  return (
    <Field
      id={ids.input}
      label={t.settings.secrets.newValue(label)}
      labelClassName="field__label"
      aside={
        <p id={stateId} className="field__state">
          {state}
        </p>
      }
      describedBy={[stateId]}
      hint={t.settings.secrets.newValueHint}
      error={error}
    >
      {(control) => (
        <>
          <input
            {...control}
            name={name}
            type="password"
            className="field__input"
            value={value}
            autoComplete="new-password"
            spellCheck={false}
            disabled={clear}
            onChange={(event) => onChange(event.target.value)}
          />
          {source === 'user' && isSet ? (
            <label className="field__check">
              <input
                type="checkbox"
                checked={clear}
                onChange={(event) => onClearChange(event.target.checked)}
              />
              {t.settings.secrets.clear(label)}
            </label>
          ) : null}
        </>
      )}
    </Field>
  );
}
