import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Result } from '../../lib/core/app-error';
import type { VerificationMode } from '../../lib/status/core/check-rules';
import type { VerifyRequest, VerifyResponse } from '../../lib/platform/messaging/protocol';
import { buildJustificatif } from '../../lib/status/view/justificatif';
import { verdictOf } from '../../lib/status/view/verdict';
import { verdictText } from '../../lib/status/view/verdict-text';
import { checkErrorState } from '../../lib/status/core/error-state';
import { useI18n } from '../shared/i18n';
import { CheckError } from './CheckError';
import { CheckForm } from './CheckForm';
import { Justificatif } from './Justificatif';
import type { PanelSettings } from '../shared/panel-settings';
import { messagingStatusClient, type StatusClient } from './status-client';
import { StatusResult } from './StatusResult';
import { useIdleClear } from './use-idle-clear';
import { holdsPersonalData, useStatusCheck } from './use-status-check';
import { usePanelSettings } from '../shared/use-panel-settings';
import './status.css';

/**
 * The side panel's status check. The result lives in this component's state only: never
 * stored, never logged; cleared on "Effacer", after the idle delay and when the panel closes.
 */
export function StatusPanel({ client = messagingStatusClient }: { client?: StatusClient }) {
  const { t } = useI18n();
  const load = useCallback(() => client.getSettingsView(), [client]);
  const settingsState = usePanelSettings(load);
  if (settingsState.kind === 'loading') {
    return (
      <p role="status" className="status-panel__loading">
        {t.status.loadingSettings}
      </p>
    );
  }
  return <StatusCheck client={client} settings={settingsState.settings} fallback={settingsState.fallback} />;
}

interface StatusCheckProps {
  client: StatusClient;
  settings: PanelSettings;
  fallback: boolean;
}

function StatusCheck({ client, settings, fallback }: StatusCheckProps) {
  const { t, language } = useI18n();
  const s = t.status;
  const modes = settings.verificationModes;
  const firstMode = modes[0];
  const describe = useMemo(
    () => ({
      running: (mode: VerificationMode) => s.pending[mode],
      answer: (reply: Result<VerifyResponse>, mode: VerificationMode) =>
        reply.ok || reply.error.code === 'not_found'
          ? s.result.announce(verdictText(verdictOf(reply.ok ? reply.value.status : null), mode, s, language))
          : s.errorStates[checkErrorState(reply.error.code)].title,
    }),
    [s, language],
  );
  const verify = useCallback((request: VerifyRequest) => client.verifyStatus(request), [client]);
  const check = useStatusCheck({
    verify,
    firstMode: firstMode ?? 'identifiant',
    motifs: settings.motifs,
    agent: settings.agentName,
    describe,
  });
  const { state } = check;
  const { phase, draft } = state;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formTitleRef = useRef<HTMLHeadingElement>(null);

  useIdleClear(
    holdsPersonalData(state),
    settings.resultClearMinutes,
    () => check.clear(s.result.clearedIdle),
    () => check.clear(null),
  );

  const { focus, focused } = { focus: state.focus, focused: check.focused };
  useEffect(() => {
    if (focus === 'result') headingRef.current?.focus();
    if (focus === 'form') formTitleRef.current?.focus();
    if (focus !== null) focused();
  });

  if (!firstMode) {
    return (
      <section className="status-panel" aria-labelledby="status-title">
        <h2 id="status-title">{s.title}</h2>
        <p className="banner banner--warning">{s.noModes}</p>
      </section>
    );
  }

  const clearButton = (
    <button type="button" className="button button--secondary" onClick={() => check.clear(s.result.cleared)}>
      {s.result.clear}
    </button>
  );

  let body;
  if (phase.kind === 'result' && phase.printing) {
    body = (
      <Justificatif
        ref={headingRef}
        data={buildJustificatif(phase.context, phase.status)}
        actions={
          <>
            <button type="button" className="button" onClick={() => window.print()}>
              {s.justificatif.print}
            </button>
            <button type="button" className="button button--secondary" onClick={() => check.print(false)}>
              {s.justificatif.back}
            </button>
            {clearButton}
          </>
        }
      />
    );
  } else if (phase.kind === 'result') {
    body = (
      <>
        <StatusResult
          ref={headingRef}
          status={phase.status}
          context={phase.context}
          fields={settings.statusFields}
          actions={
            <>
              <button type="button" className="button" onClick={() => check.print(true)}>
                {s.result.printView}
              </button>
              <button type="button" className="button button--secondary" onClick={check.newCheck}>
                {s.result.newCheck}
              </button>
              {clearButton}
            </>
          }
        />
        <p className="field__hint">{s.result.privacy(settings.resultClearMinutes)}</p>
      </>
    );
  } else if (phase.kind === 'error') {
    body = (
      <CheckError
        ref={headingRef}
        error={phase.error}
        actions={
          <>
            <button type="button" className="button" onClick={() => void check.retry()}>
              {s.retry}
            </button>
            <button type="button" className="button button--secondary" onClick={check.backToForm}>
              {s.editRequest}
            </button>
            {clearButton}
          </>
        }
      />
    );
  } else {
    body = (
      <>
        <h2 id="status-title" ref={formTitleRef} tabIndex={-1}>
          {s.title}
        </h2>
        <CheckForm
          modes={modes}
          motifs={settings.motifs}
          draft={draft}
          onDraftChange={check.edit}
          onSubmit={(request) => void check.submit(request)}
          pending={phase.kind === 'running'}
        />
        {phase.kind === 'running' ? (
          <p className="status-panel__pending" aria-hidden="true">
            {s.pending[phase.mode]}
          </p>
        ) : null}
      </>
    );
  }

  return (
    <div className="status-panel">
      {fallback ? <p className="banner banner--warning no-print">{s.settingsFallback}</p> : null}
      <div role="status" aria-live="polite" className="visually-hidden">
        {state.announcement}
      </div>
      {body}
    </div>
  );
}
