import type { SettingKey } from '../../lib/settings/core/settings';
import { useI18n } from '../shared/i18n';
import { Field, type FieldControl } from '../shared/Field';
import { fieldIds } from './field-ids';
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
  const input = (control: FieldControl) => {
    const common = {
      ...control,
      name,
      value,
      readOnly: locked,
      placeholder,
      className: `field__input${locked ? ' field__input--locked' : ''}`,
    };
    return multiline ? (
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
    );
  };
  return (
    <Field
      id={ids.input}
      label={t.settings.labels[name]}
      labelClassName="field__label"
      aside={locked ? <PolicyBadge id={ids.lock} /> : null}
      describedBy={[locked && ids.lock]}
      hint={hint}
      error={error}
    >
      {input}
    </Field>
  );
}
