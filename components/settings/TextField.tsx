import type { SettingKey } from '../../lib/settings/core/settings';
import { useI18n } from '../shared/i18n';
import { describedBy, fieldIds } from './field-ids';
import { PolicyBadge } from './PolicyBadge';

interface TextFieldProps {
  name: SettingKey;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  locked: boolean;
  multiline?: boolean;
  inputMode?: 'numeric' | 'url' | 'text';
  placeholder?: string;
  autoComplete?: string;
}

/** A labelled text field; read-only with a badge when the organisation fixed it. */
export function TextField({
  name,
  value,
  onChange,
  hint,
  error,
  locked,
  multiline,
  inputMode,
  placeholder,
  autoComplete = 'off',
}: TextFieldProps) {
  const { t } = useI18n();
  const ids = fieldIds(name);
  const common = {
    id: ids.input,
    name,
    value,
    readOnly: locked,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(locked && ids.lock, hint && ids.hint, error && ids.error),
    className: `field__input${locked ? ' field__input--locked' : ''}`,
  };
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={ids.input} className="field__label">
        {t.settings.labels[name]}
      </label>
      {locked ? <PolicyBadge id={ids.lock} /> : null}
      {hint ? (
        <p id={ids.hint} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={ids.error} className="field__error">
          {error}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...common} rows={5} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={inputMode === 'url' ? 'url' : 'text'}
          inputMode={inputMode}
          autoComplete={autoComplete}
          spellCheck={false}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  );
}
