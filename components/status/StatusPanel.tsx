import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobSeekerStatus } from '../../lib/status/core/status';
import type { AppError } from '../../lib/core/app-error';
import type { VerificationMode } from '../../lib/settings/core/constants';
import type { VerifyRequest } from '../../lib/platform/messaging/protocol';
import { buildJustificatif, type CheckContext } from '../../lib/status/view/justificatif';
import { verdictOf } from '../../lib/status/view/verdict';
import { verdictText } from '../../lib/status/view/verdict-text';
import { checkErrorState } from '../../lib/status/view/error-state';
import { minimiseStatus } from '../../lib/status/core/minimise-status';
import { useI18n } from '../shared/i18n';
import { CheckError } from './CheckError';
import { CheckForm } from './CheckForm';
import { emptyDraft, type CheckDraft } from './check-draft';
import { Justificatif } from './Justificatif';
import type { PanelSettings } from '../shared/panel-settings';
import { messagingStatusClient, type StatusClient } from './status-client';
import { StatusResult } from './StatusResult';
import { useIdleClear } from './use-idle-clear';
import { usePanelSettings } from '../shared/use-panel-settings';
import './status.css';

type Phase =
  | { kind: 'form' }
  | { kind: 'pending'; mode: VerificationMode }
  | { kind: 'result'; status: JobSeekerStatus | null; context: CheckContext; printing: boolean }
  | { kind: 'error'; error: AppError; context: CheckContext };

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
  const [draft, setDraft] = useState<CheckDraft>(() =>
    emptyDraft(firstMode ?? 'identifiant', settings.motifs),
  );
  const [phase, setPhase] = useState<Phase>({ kind: 'form' });
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formTitleRef = useRef<HTMLHeadingElement>(null);
  // Answers that arrive after a clear belong to nobody: they are dropped.
  const requestSeq = useRef(0);
  const focusTarget = useRef<'result' | 'form' | null>(null);

  const clearAll = useCallback(
    (message: string | null) => {
      requestSeq.current += 1;
      setPhase({ kind: 'form' });
      setDraft(emptyDraft(firstMode ?? 'identifiant', settings.motifs));
      setAnnouncement(message ?? '');
      focusTarget.current = message ? 'form' : null;
    },
    [firstMode, settings.motifs],
  );

  const holdsPersonalData = phase.kind === 'result' || phase.kind === 'error' || draft.identifiant !== '';
  useIdleClear(
    holdsPersonalData,
    settings.resultClearMinutes,
    () => clearAll(s.result.clearedIdle),
    () => clearAll(null),
  );

  useEffect(() => {
    if (focusTarget.current === 'result') headingRef.current?.focus();
    if (focusTarget.current === 'form') formTitleRef.current?.focus();
    focusTarget.current = null;
  });

  if (!firstMode) {
    return (
      <section className="status-panel" aria-labelledby="status-title">
        <h2 id="status-title">{s.title}</h2>
        <p className="banner banner--warning">{s.noModes}</p>
      </section>
    );
  }

  const submit = async (request: VerifyRequest) => {
    const seq = ++requestSeq.current;
    const context: CheckContext = {
      mode: request.mode,
      motif: request.motif,
      caseReference: request.caseReference,
      checkedAt: new Date().toISOString(),
      agent: settings.agentName,
      journalEntryId: null,
    };
    setPhase({ kind: 'pending', mode: request.mode });
    setAnnouncement(s.pending[request.mode]);
    const reply = await client
      .verifyStatus(request)
      .catch((): Awaited<ReturnType<StatusClient['verifyStatus']>> => ({
        ok: false,
        error: { code: 'internal' },
      }));
    if (seq !== requestSeq.current) return;
    focusTarget.current = 'result';
    if (reply.ok || reply.error.code === 'not_found') {
      const status =
        reply.ok && reply.value.status ? minimiseStatus(reply.value.status, settings.statusFields) : null;
      const withEntry = { ...context, journalEntryId: reply.ok ? reply.value.journalEntryId : null };
      setPhase({ kind: 'result', status, context: withEntry, printing: false });
      setAnnouncement(s.result.announce(verdictText(verdictOf(status), request.mode, s, language)));
    } else {
      setPhase({ kind: 'error', error: reply.error, context });
      setAnnouncement(s.errorStates[checkErrorState(reply.error.code)].title);
    }
  };

  const newCheck = () => {
    requestSeq.current += 1;
    setPhase({ kind: 'form' });
    // Same mode and motif (agents often check several people for one purpose); nothing personal kept.
    setDraft((current) => ({ ...current, caseReference: '', identifiant: '' }));
    setAnnouncement('');
    focusTarget.current = 'form';
  };

  const clearButton = (
    <button type="button" className="button button--secondary" onClick={() => clearAll(s.result.cleared)}>
      {s.result.clear}
    </button>
  );

  let body;
  if (phase.kind === 'result' && phase.printing) {
    body = (
      <Justificatif
        ref={headingRef}
        data={buildJustificatif(phase.context, phase.status, settings.statusFields)}
        actions={
          <>
            <button type="button" className="button" onClick={() => window.print()}>
              {s.justificatif.print}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                focusTarget.current = 'result';
                setPhase({ ...phase, printing: false });
              }}
            >
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
              <button
                type="button"
                className="button"
                onClick={() => {
                  focusTarget.current = 'result';
                  setPhase({ ...phase, printing: true });
                }}
              >
                {s.result.printView}
              </button>
              <button type="button" className="button button--secondary" onClick={newCheck}>
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
            <button
              type="button"
              className="button"
              onClick={() =>
                void submit({
                  mode: phase.context.mode,
                  motif: phase.context.motif,
                  caseReference: phase.context.caseReference,
                  ...(phase.context.mode === 'identifiant' && draft.identifiant
                    ? { identifiant: draft.identifiant.replace(/\s+/g, '') }
                    : {}),
                })
              }
            >
              {s.retry}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                focusTarget.current = 'form';
                setPhase({ kind: 'form' });
              }}
            >
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
          environment={settings.environment}
          draft={draft}
          onDraftChange={setDraft}
          onSubmit={(request) => void submit(request)}
          pending={phase.kind === 'pending'}
        />
        {phase.kind === 'pending' ? (
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
        {announcement}
      </div>
      {body}
    </div>
  );
}
