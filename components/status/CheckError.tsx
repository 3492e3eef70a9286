import { forwardRef, type ReactNode } from 'react';
import type { AppError } from '../../lib/core/app-error';
import { checkErrorState } from '../../lib/status/view/error-state';
import { useI18n } from '../shared/i18n';

interface CheckErrorProps {
  error: AppError;
  actions: ReactNode;
}

/** A failed check: what happened, what to do, and the paper way that always remains. */
export const CheckError = forwardRef<HTMLHeadingElement, CheckErrorProps>(function CheckError(
  { error, actions },
  headingRef,
) {
  const { t } = useI18n();
  const state = checkErrorState(error.code);
  const text = t.status.errorStates[state];
  return (
    <section className={`check-error check-error--${state}`} aria-labelledby="check-error-title">
      <h2 id="check-error-title" ref={headingRef} tabIndex={-1}>
        {text.title}
      </h2>
      <p>{text.body}</p>
      {error.retryAfterSeconds ? <p>{t.status.retryAfter(error.retryAfterSeconds)}</p> : null}
      <div className="check-error__attestation">
        <h3>{t.status.attestationTitle}</h3>
        <p>{t.status.attestation}</p>
      </div>
      <p className="field__hint">{t.status.journalNote}</p>
      <div className="status-result__actions">{actions}</div>
    </section>
  );
});
