import type { ReactNode } from 'react';

/** What the field gives its control: the id its label points to and what describes it. */
export interface FieldControl {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface FieldProps {
  /** The control's id; the hint and the error take `<id>-hint` and `<id>-error`. */
  id: string;
  label: ReactNode;
  labelClassName?: string;
  /** Marks the field as required, in these words ("(obligatoire)"). */
  required?: string;
  hint?: ReactNode;
  /** A hint inside running text (a picker) is a span, elsewhere a paragraph. */
  inlineHint?: boolean;
  error?: ReactNode;
  /** Where the error sits: above the control (default) or below it. */
  errorBelow?: boolean;
  /** Shown between the label and the hint (a policy badge, a state), read before the hint. */
  aside?: ReactNode;
  /** Ids of other descriptions (the badge, a state), read before the hint and the error. */
  describedBy?: (string | false | null | undefined)[];
  /** Without the `.field` wrapper, for a field inside a larger group. */
  bare?: boolean;
  children: (control: FieldControl) => ReactNode;
}

/**
 * The scaffolding of a form field, once: the label tied to the control, the hint and the
 * error message tied by `aria-describedby`, `aria-invalid` when in error.
 */
export function Field({
  id,
  label,
  labelClassName,
  required,
  hint,
  inlineHint,
  error,
  errorBelow,
  aside,
  describedBy = [],
  bare,
  children,
}: FieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const ids = [...describedBy, hint ? hintId : null, error ? errorId : null].filter(Boolean);
  const control: FieldControl = {
    id,
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
    'aria-invalid': error ? true : undefined,
  };
  const Hint = inlineHint ? 'span' : 'p';
  const errorNode = error ? (
    <p id={errorId} className="field__error">
      {error}
    </p>
  ) : null;
  const content = (
    <>
      <label htmlFor={id} className={labelClassName}>
        {label}
        {required ? (
          <>
            {' '}
            <span className="field__required">{required}</span>
          </>
        ) : null}
      </label>
      {aside}
      {hint ? (
        <Hint id={hintId} className="field__hint">
          {hint}
        </Hint>
      ) : null}
      {errorBelow ? null : errorNode}
      {children(control)}
      {errorBelow ? errorNode : null}
    </>
  );
  return bare ? content : <div className={`field${error ? ' field--error' : ''}`}>{content}</div>;
}
