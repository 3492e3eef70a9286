import { useState } from 'react';
import type { ConnectionTestReport, ServiceName } from '../../lib/platform/messaging/protocol';
import type { AppError, Result } from '../../lib/core/app-error';
import { useI18n } from '../shared/i18n';

interface ConnectionTestProps {
  service: ServiceName;
  run: (service: ServiceName) => Promise<Result<ConnectionTestReport>>;
  /** Unsaved changes: the test would not use them, so it says so. */
  dirty: boolean;
}

type TestState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; report: ConnectionTestReport }
  | { kind: 'failed'; error: AppError };

/**
 * "Tester la connexion" for one service: runs the background's test on the saved settings
 * and reports, step by step and in plain words, what works and what does not.
 */
export function ConnectionTest({ service, run, dirty }: ConnectionTestProps) {
  const { t } = useI18n();
  const [state, setState] = useState<TestState>({ kind: 'idle' });
  const labels = t.settings.test;

  const start = () => {
    setState({ kind: 'running' });
    run(service)
      .then((result) =>
        setState(
          result.ok ? { kind: 'done', report: result.value } : { kind: 'failed', error: result.error },
        ),
      )
      .catch(() => setState({ kind: 'failed', error: { code: 'internal' } }));
  };

  const stepLabel = (step: string) => labels.steps[step] ?? labels.unknownStep(step);

  return (
    <div className="connection-test">
      <button
        type="button"
        className="button button--secondary"
        onClick={start}
        disabled={state.kind === 'running'}
        aria-describedby={`test-${service}-note`}
      >
        {state.kind === 'running' ? labels.running : labels.button}
      </button>
      <p id={`test-${service}-note`} className="field__hint">
        {dirty ? labels.unsaved : labels.savedOnly}
      </p>
      <div role="status" className="connection-test__result">
        {state.kind === 'done' ? (
          <>
            <p className={state.report.steps.every((s) => s.ok) ? 'result--ok' : 'result--failed'}>
              {state.report.steps.every((s) => s.ok) ? labels.allOk : labels.someFailed}
            </p>
            <ul>
              {state.report.steps.map((step) => (
                <li key={step.step} className={step.ok ? 'result--ok' : 'result--failed'}>
                  {labels.stepLine(
                    stepLabel(step.step),
                    step.ok ? labels.stepOk : labels.stepFailed(t.errors[step.error?.code ?? 'internal']),
                  )}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {state.kind === 'failed' ? (
          <div className="result--failed">
            <p>{labels.failed}</p>
            <p>{t.errors[state.error.code]}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
