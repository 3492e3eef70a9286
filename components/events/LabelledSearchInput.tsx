import { useId, type KeyboardEventHandler } from 'react';

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
    <>
      <label htmlFor={`${id}-input`}>{label}</label>
      <span id={`${id}-hint`} className="field__hint">
        {hint}
      </span>
      <input
        id={`${id}-input`}
        type="text"
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
    </>
  );
}
