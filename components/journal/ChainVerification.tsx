import { useId, useState } from 'react';
import type { ChainReport } from '../../lib/journal/core/gateway-wire';
import { journalErrorText } from '../../lib/journal/error-text';
import type { JournalMessages } from '../../lib/i18n/messages/journal';
import { useI18n } from '../shared/i18n';
import { settle, type JournalClient } from './journal-client';

type ChainState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; report: ChainReport };

export function chainReportText(report: ChainReport, j: JournalMessages): string {
  if (report.firstBreak) return j.chain.broken(report.firstBreak.position, report.firstBreak.kind);
  if (report.firstSeq === null || report.lastSeq === null) return j.chain.empty;
  return j.chain.verified(report.checked, report.firstSeq, report.lastSeq);
}

/** The DPO's "is the journal intact?": the gateway verifies the hash chain, the view says where it broke. */
export function ChainVerification({ client }: { client: JournalClient }) {
  const { t } = useI18n();
  const j = t.journal;
  const id = useId();
  const [state, setState] = useState<ChainState>({ kind: 'idle' });

  const verify = async () => {
    setState({ kind: 'running' });
    const result = await settle(client.verifyJournalChain());
    if (!result.ok) setState({ kind: 'error', message: journalErrorText(result.error, j, j.loadFailed) });
    else if (result.value) setState({ kind: 'done', report: result.value });
    else setState({ kind: 'idle' });
  };

  const broken = state.kind === 'done' && state.report.firstBreak !== null;
  return (
    <section className="journal__chain" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{j.chain.title}</h3>
      <p className="field__hint">{j.chain.hint}</p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void verify()}
        disabled={state.kind === 'running'}
      >
        {j.chain.verify}
      </button>
      {/* One live region: the running state, then the result replace each other in it. */}
      <div role="status" aria-live="polite">
        {state.kind === 'running' ? <p>{j.chain.running}</p> : null}
        {state.kind === 'error' ? <p className="banner banner--error">{state.message}</p> : null}
        {state.kind === 'done' ? (
          <p className={broken ? 'banner banner--error' : 'banner journal__chain-ok'}>
            {chainReportText(state.report, j)}
          </p>
        ) : null}
      </div>
    </section>
  );
}
