import { useId, useRef, useState, type FormEvent } from 'react';
import {
  CASE_REFERENCE_MAX_LENGTH,
  MOTIF_MAX_LENGTH,
  type VerificationMode,
} from '../../lib/status/core/check-rules';
import type { VerifyRequest } from '../../lib/platform/messaging/protocol';
import type { StatusMessages } from '../../lib/i18n/messages/status';
import { IDENTIFIER_MAX_LENGTH } from '../../lib/status/core/identifier';
import { Field } from '../shared/Field';
import { useI18n } from '../shared/i18n';
import { OTHER_MOTIF, validateDraft, type CheckDraft, type DraftError, type DraftField } from './check-draft';

interface CheckFormProps {
  modes: VerificationMode[];
  motifs: string[];
  draft: CheckDraft;
  onDraftChange: (draft: CheckDraft) => void;
  onSubmit: (request: VerifyRequest) => void;
  pending: boolean;
}

function errorText(error: DraftError, t: StatusMessages): string {
  return error.kind === 'identifier' ? t.form.errors.identifier[error.problem] : t.form.errors[error.kind];
}

/** The check request: mode, motif, case reference and, by identifier, the identifier. */
export function CheckForm({ modes, motifs, draft, onDraftChange, onSubmit, pending }: CheckFormProps) {
  const { t } = useI18n();
  const s = t.status;
  const id = useId();
  const [errors, setErrors] = useState<DraftError[]>([]);
  const fieldRefs = useRef<Partial<Record<DraftField, HTMLInputElement | HTMLSelectElement | null>>>({});
  const fieldId = (field: DraftField) => `${id}-${field}`;
  const errorOf = (field: DraftField) => errors.find((error) => error.field === field);
  const set = (patch: Partial<CheckDraft>) => onDraftChange({ ...draft, ...patch });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const result = validateDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      const first = result.errors[0];
      if (first) fieldRefs.current[first.field]?.focus();
      return;
    }
    setErrors([]);
    onSubmit(result.request);
  };

  const errorMessage = (field: DraftField) => {
    const error = errorOf(field);
    return error ? errorText(error, s) : undefined;
  };
  const ref = (field: DraftField) => (element: HTMLInputElement | HTMLSelectElement | null) => {
    fieldRefs.current[field] = element;
  };

  return (
    <form className="check-form" noValidate onSubmit={submit} aria-busy={pending}>
      {errors.length > 0 ? (
        <div className="banner banner--error" role="alert">
          <p>{s.form.errorSummary(errors.length)}</p>
          <ul>
            {errors.map((error) => (
              <li key={error.field}>
                <a href={`#${fieldId(error.field)}`}>{errorText(error, s)}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {modes.length > 1 ? (
        <fieldset className="field">
          <legend>{s.form.modeLegend}</legend>
          {modes.map((mode) => (
            <div className="choice" key={mode}>
              <input
                type="radio"
                id={`${id}-mode-${mode}`}
                name={`${id}-mode`}
                value={mode}
                checked={draft.mode === mode}
                onChange={() => set({ mode })}
                aria-describedby={`${id}-mode-${mode}-hint`}
              />
              <label htmlFor={`${id}-mode-${mode}`}>{s.form.modes[mode]}</label>
              <p id={`${id}-mode-${mode}-hint`} className="field__hint">
                {s.form.modeHints[mode]}
              </p>
            </div>
          ))}
        </fieldset>
      ) : (
        <div className="field">
          <p className="check-form__mode">{s.form.modes[draft.mode]}</p>
          <p className="field__hint">{s.form.modeHints[draft.mode]}</p>
        </div>
      )}

      {motifs.length > 0 ? (
        <Field
          id={fieldId('motif')}
          label={s.form.motifLabel}
          required={s.form.required}
          error={errorMessage('motif')}
          errorBelow
        >
          {(control) => (
            <select
              {...control}
              ref={ref('motif')}
              value={draft.motifChoice}
              onChange={(event) => set({ motifChoice: event.target.value })}
              required
            >
              <option value="">{s.form.motifChoose}</option>
              {motifs.map((motif) => (
                <option key={motif} value={motif}>
                  {motif}
                </option>
              ))}
              <option value={OTHER_MOTIF}>{s.form.motifOther}</option>
            </select>
          )}
        </Field>
      ) : null}

      {draft.motifChoice === OTHER_MOTIF ? (
        <Field
          id={fieldId('motifOther')}
          label={motifs.length > 0 ? s.form.motifOtherLabel : s.form.motifLabel}
          required={s.form.required}
          hint={s.form.motifOtherHint}
          error={errorMessage('motifOther')}
          errorBelow
        >
          {(control) => (
            <input
              {...control}
              ref={ref('motifOther')}
              type="text"
              value={draft.motifOther}
              maxLength={MOTIF_MAX_LENGTH + 20}
              onChange={(event) => set({ motifOther: event.target.value })}
              autoComplete="off"
              required
            />
          )}
        </Field>
      ) : null}

      <Field
        id={fieldId('caseReference')}
        label={s.form.caseReferenceLabel}
        required={s.form.required}
        hint={s.form.caseReferenceHint}
        error={errorMessage('caseReference')}
        errorBelow
      >
        {(control) => (
          <input
            {...control}
            ref={ref('caseReference')}
            type="text"
            value={draft.caseReference}
            maxLength={CASE_REFERENCE_MAX_LENGTH + 20}
            onChange={(event) => set({ caseReference: event.target.value })}
            autoComplete="off"
            required
          />
        )}
      </Field>

      {draft.mode === 'identifiant' ? (
        <Field
          id={fieldId('identifiant')}
          label={s.form.identifierLabel}
          required={s.form.required}
          hint={s.form.identifierHint}
          error={errorMessage('identifiant')}
          errorBelow
        >
          {(control) => (
            <input
              {...control}
              ref={ref('identifiant')}
              type="text"
              value={draft.identifiant}
              maxLength={IDENTIFIER_MAX_LENGTH + 20}
              onChange={(event) => set({ identifiant: event.target.value })}
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="none"
              required
            />
          )}
        </Field>
      ) : (
        <section className="check-form__explain" aria-labelledby={`${id}-fc-title`}>
          <h3 id={`${id}-fc-title`}>{s.franceConnect.explainTitle}</h3>
          <ul>
            {s.franceConnect.explain.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}

      <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
        {s.form.submit[draft.mode]}
      </button>
    </form>
  );
}
