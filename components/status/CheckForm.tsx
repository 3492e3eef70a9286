import { useId, useRef, useState, type FormEvent } from 'react';
import type { Environment, VerificationMode } from '../../lib/settings/core/constants';
import type { VerifyRequest } from '../../lib/platform/messaging/protocol';
import type { StatusMessages } from '../../lib/i18n/messages/status';
import { useI18n } from '../shared/i18n';
import {
  CASE_REFERENCE_MAX,
  MOTIF_MAX,
  OTHER_MOTIF,
  validateDraft,
  type CheckDraft,
  type DraftError,
  type DraftField,
} from './check-draft';

interface CheckFormProps {
  modes: VerificationMode[];
  motifs: string[];
  environment: Environment;
  draft: CheckDraft;
  onDraftChange: (draft: CheckDraft) => void;
  onSubmit: (request: VerifyRequest) => void;
  pending: boolean;
}

function errorText(error: DraftError, t: StatusMessages): string {
  return error.kind === 'identifier' ? t.form.errors.identifier[error.problem] : t.form.errors[error.kind];
}

/** The check request: mode, motif, case reference and, by identifier, the identifier. */
export function CheckForm({
  modes,
  motifs,
  environment,
  draft,
  onDraftChange,
  onSubmit,
  pending,
}: CheckFormProps) {
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
    const result = validateDraft(draft, environment);
    if (!result.ok) {
      setErrors(result.errors);
      const first = result.errors[0];
      if (first) fieldRefs.current[first.field]?.focus();
      return;
    }
    setErrors([]);
    onSubmit(result.request);
  };

  const describedBy = (field: DraftField, hint: boolean) =>
    [hint ? `${fieldId(field)}-hint` : null, errorOf(field) ? `${fieldId(field)}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined;

  const fieldError = (field: DraftField) => {
    const error = errorOf(field);
    return error ? (
      <p id={`${fieldId(field)}-error`} className="field__error">
        {errorText(error, s)}
      </p>
    ) : null;
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
        <div className="field">
          <label htmlFor={fieldId('motif')}>
            {s.form.motifLabel} <span className="field__required">{s.form.required}</span>
          </label>
          <select
            id={fieldId('motif')}
            ref={(element) => {
              fieldRefs.current.motif = element;
            }}
            value={draft.motifChoice}
            onChange={(event) => set({ motifChoice: event.target.value })}
            aria-invalid={errorOf('motif') ? true : undefined}
            aria-describedby={describedBy('motif', false)}
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
          {fieldError('motif')}
        </div>
      ) : null}

      {draft.motifChoice === OTHER_MOTIF ? (
        <div className="field">
          <label htmlFor={fieldId('motifOther')}>
            {motifs.length > 0 ? s.form.motifOtherLabel : s.form.motifLabel}{' '}
            <span className="field__required">{s.form.required}</span>
          </label>
          <p id={`${fieldId('motifOther')}-hint`} className="field__hint">
            {s.form.motifOtherHint}
          </p>
          <input
            id={fieldId('motifOther')}
            ref={(element) => {
              fieldRefs.current.motifOther = element;
            }}
            type="text"
            value={draft.motifOther}
            maxLength={MOTIF_MAX + 20}
            onChange={(event) => set({ motifOther: event.target.value })}
            aria-invalid={errorOf('motifOther') ? true : undefined}
            aria-describedby={describedBy('motifOther', true)}
            autoComplete="off"
            required
          />
          {fieldError('motifOther')}
        </div>
      ) : null}

      <div className="field">
        <label htmlFor={fieldId('caseReference')}>
          {s.form.caseReferenceLabel} <span className="field__required">{s.form.required}</span>
        </label>
        <p id={`${fieldId('caseReference')}-hint`} className="field__hint">
          {s.form.caseReferenceHint}
        </p>
        <input
          id={fieldId('caseReference')}
          ref={(element) => {
            fieldRefs.current.caseReference = element;
          }}
          type="text"
          value={draft.caseReference}
          maxLength={CASE_REFERENCE_MAX + 20}
          onChange={(event) => set({ caseReference: event.target.value })}
          aria-invalid={errorOf('caseReference') ? true : undefined}
          aria-describedby={describedBy('caseReference', true)}
          autoComplete="off"
          required
        />
        {fieldError('caseReference')}
      </div>

      {draft.mode === 'identifiant' ? (
        <div className="field">
          <label htmlFor={fieldId('identifiant')}>
            {s.form.identifierLabel} <span className="field__required">{s.form.required}</span>
          </label>
          <p id={`${fieldId('identifiant')}-hint`} className="field__hint">
            {s.form.identifierHint}
          </p>
          <input
            id={fieldId('identifiant')}
            ref={(element) => {
              fieldRefs.current.identifiant = element;
            }}
            type="text"
            value={draft.identifiant}
            maxLength={40}
            onChange={(event) => set({ identifiant: event.target.value })}
            aria-invalid={errorOf('identifiant') ? true : undefined}
            aria-describedby={describedBy('identifiant', true)}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="characters"
            required
          />
          {fieldError('identifiant')}
        </div>
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
