import { useId, type KeyboardEventHandler } from 'react';
import { Field } from '../shared/Field';

interface LabelledSearchInputProps {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  onKeyDown: KeyboardEventHandler<HTMLInputElement>;
}

/** A labelled text field with its hint, the typing part of the filter pickers. */
export function LabelledSearchInput({ label, hint, value, onChange, onKeyDown }: LabelledSearchInputProps) {
  const id = useId();
  return (
    <Field id={`${id}-input`} label={label} hint={hint} inlineHint bare>
      {(control) => (
        <input
          {...control}
          type="text"
          autoComplete="off"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
        />
      )}
    </Field>
  );
}
