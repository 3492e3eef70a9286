import { useId, useState } from 'react';
import { formatTypedDay, parseTypedDay } from '../../lib/core/day-input';
import { useI18n } from './i18n';

interface DateFieldProps {
  label: string;
  /** The day ("yyyy-MM-dd"), or "" for none. */
  value: string;
  onChange: (day: string) => void;
  min?: string;
  max?: string;
}

/**
 * A date typed as the interface language writes it (jj/mm/aaaa), with that format as its
 * hint: the browser's date input would follow the browser's locale instead. A valid day
 * (within min and max) is passed on as it is typed; an unreadable one is said, on leaving
 * the field, by a message tied to it.
 */
export function DateField({ label, value, onChange, min, max }: DateFieldProps) {
  const { t } = useI18n();
  const d = t.common.dateField;
  const id = useId();
  const [text, setText] = useState(() => formatTypedDay(value));
  const [shownValue, setShownValue] = useState(value);
  const [error, setError] = useState('');

  // Changed from outside (filters cleared): show the new value.
  if (value !== shownValue) {
    setShownValue(value);
    if (parseTypedDay(text) !== value) {
      setText(formatTypedDay(value));
      setError('');
    }
  }

  const check = (typed: string): { day: string | null; error: string } => {
    if (typed.trim() === '') return { day: '', error: '' };
    const day = parseTypedDay(typed);
    if (!day) return { day: null, error: d.invalid };
    if (min && day < min) return { day: null, error: d.beforeMin(formatTypedDay(min)) };
    if (max && day > max) return { day: null, error: d.afterMax(formatTypedDay(max)) };
    return { day, error: '' };
  };

  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <span id={`${id}-hint`} className="field__hint">
        {d.hint}
      </span>
      <input
        id={`${id}-input`}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        size={10}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          const result = check(event.target.value);
          if (result.day !== null) {
            setError('');
            setShownValue(result.day);
            onChange(result.day);
          }
        }}
        onBlur={() => setError(check(text).error)}
      />
      {error ? (
        <span id={`${id}-error`} className="field__error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
