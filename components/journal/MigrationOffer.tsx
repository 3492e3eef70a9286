import { useEffect, useId, useState } from 'react';
import type { CsvSeparator } from '../../lib/journal/core/csv';
import type { JournalEntry } from '../../lib/journal/core/types';
import { useI18n } from '../shared/i18n';
import { downloadText } from './download';
import { journalCsv } from './journal-csv';
import { settle, type JournalClient } from './journal-client';

type OfferState =
  | { kind: 'none' }
  | { kind: 'offered'; entries: JournalEntry[]; failed: boolean }
  | { kind: 'done'; removed: number };

/**
 * The old local journal, once the organisation's gateway keeps the journal: offered once for
 * export (CSV), then deleted from the browser, whichever the agent chooses.
 */
export function MigrationOffer({ client, separator }: { client: JournalClient; separator: CsvSeparator }) {
  const { t } = useI18n();
  const j = t.journal;
  const m = j.migration;
  const id = useId();
  const [state, setState] = useState<OfferState>({ kind: 'none' });

  useEffect(() => {
    let active = true;
    void settle(client.getLocalJournalMigration()).then((result) => {
      if (active && result.ok && result.value && result.value.entries.length > 0) {
        setState({ kind: 'offered', entries: result.value.entries, failed: false });
      }
    });
    return () => {
      active = false;
    };
  }, [client]);

  if (state.kind === 'none') return null;

  const finish = async (exportFirst: boolean) => {
    if (state.kind !== 'offered') return;
    if (exportFirst) {
      const day = new Date().toISOString().slice(0, 10);
      downloadText(journalCsv(state.entries, j, separator), m.fileName(day), 'text/csv;charset=utf-8');
    }
    const result = await settle(client.finishLocalJournalMigration());
    setState(
      result.ok
        ? { kind: 'done', removed: result.value.removed }
        : { kind: 'offered', entries: state.entries, failed: true },
    );
  };

  return (
    <section className="journal__migration" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{m.title}</h3>
      {state.kind === 'offered' ? (
        <>
          <p>{m.body(state.entries.length)}</p>
          <div className="journal__actions">
            <button type="button" className="button" onClick={() => void finish(true)}>
              {m.export}
            </button>
            <button type="button" className="button button--secondary" onClick={() => void finish(false)}>
              {m.discard}
            </button>
          </div>
        </>
      ) : null}
      <div role="status" aria-live="polite">
        {state.kind === 'done' ? <p>{m.done(state.removed)}</p> : null}
        {state.kind === 'offered' && state.failed ? <p className="field__error">{m.failed}</p> : null}
      </div>
    </section>
  );
}
