import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { toCsv, type CsvSeparator } from '../../lib/journal/core/csv';
import { journalRows } from '../../lib/journal/core/export-rows';
import type { CheckOutcome, JournalEntry, JournalQuery } from '../../lib/journal/core/types';
import { outcomeText } from '../../lib/journal/outcome-text';
import { DateField } from '../shared/DateField';
import { useI18n } from '../shared/i18n';
import { usePanelSettings } from '../shared/use-panel-settings';
import { downloadText } from './download';
import { IdentifierLookup } from './IdentifierLookup';
import { messagingJournalClient, type JournalClient } from './journal-client';
import { JournalTable } from './JournalTable';
import './journal.css';

const OUTCOMES: CheckOutcome[] = [
  'registered',
  'no_longer_registered',
  'not_covered',
  'not_found',
  'refused',
  'error',
];

type ListState = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; entries: JournalEntry[] };

/** The side panel's consultation journal: what is recorded, the list, the lookup, the export. */
export function JournalPanel({ client = messagingJournalClient }: { client?: JournalClient }) {
  const { t } = useI18n();
  const j = t.journal;
  const id = useId();
  const loadSettings = useCallback(() => client.getSettingsView(), [client]);
  const settings = usePanelSettings(loadSettings);
  const [query, setQuery] = useState<JournalQuery>({});
  const [list, setList] = useState<ListState>({ kind: 'loading' });
  const [allMotifs, setAllMotifs] = useState<string[]>([]);
  const [separator, setSeparator] = useState<CsvSeparator>(',');
  const [exportMessage, setExportMessage] = useState('');

  useEffect(() => {
    let active = true;
    void client
      .listJournal(query)
      .catch(() => ({ ok: false as const, error: { code: 'internal' as const } }))
      .then((result) => {
        if (!active) return;
        setList(result.ok ? { kind: 'ready', entries: result.value } : { kind: 'failed' });
        if (result.ok && Object.keys(query).length === 0) {
          setAllMotifs(
            [...new Set(result.value.map((entry) => entry.motif))].sort((a, b) => a.localeCompare(b)),
          );
        }
      });
    return () => {
      active = false;
    };
  }, [client, query]);

  const motifOptions = useMemo(() => {
    const configured = settings.kind === 'ready' ? settings.settings.motifs : [];
    return [...new Set([...configured, ...allMotifs])];
  }, [settings, allMotifs]);

  const setFilter = (patch: Partial<JournalQuery>) => {
    const next: JournalQuery = { ...query, ...patch };
    for (const key of Object.keys(next) as (keyof JournalQuery)[]) if (!next[key]) delete next[key];
    setQuery(next);
  };

  const exportCsv = () => {
    if (list.kind !== 'ready') return;
    const rows = journalRows(list.entries, {
      headers: j.table,
      mode: (mode) => j.modes[mode],
      outcome: (entry) => outcomeText(entry, j),
    });
    const day = new Date().toISOString().slice(0, 10);
    downloadText(toCsv(rows, separator), j.csv.fileName(day), 'text/csv;charset=utf-8');
    setExportMessage(j.csv.done(list.entries.length));
  };

  const retentionDays = settings.kind === 'ready' ? settings.settings.journalRetentionDays : null;

  return (
    <section className="journal" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{j.title}</h2>
      {retentionDays !== null ? <p className="journal__about">{j.whatIsRecorded(retentionDays)}</p> : null}

      <form className="journal__filters" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{j.filters.legend}</legend>
          <div className="journal__filter-grid">
            <DateField
              label={j.filters.from}
              value={query.from ?? ''}
              max={query.to}
              onChange={(day) => setFilter({ from: day })}
            />
            <DateField
              label={j.filters.to}
              value={query.to ?? ''}
              min={query.from}
              onChange={(day) => setFilter({ to: day })}
            />
            <div className="field">
              <label htmlFor={`${id}-motif`}>{j.filters.motif}</label>
              <select
                id={`${id}-motif`}
                value={query.motif ?? ''}
                onChange={(event) => setFilter({ motif: event.target.value })}
              >
                <option value="">{j.filters.all}</option>
                {motifOptions.map((motif) => (
                  <option key={motif} value={motif}>
                    {motif}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-outcome`}>{j.filters.outcome}</label>
              <select
                id={`${id}-outcome`}
                value={query.outcome ?? ''}
                onChange={(event) =>
                  setFilter({ outcome: (event.target.value || undefined) as CheckOutcome })
                }
              >
                <option value="">{j.filters.all}</option>
                {OUTCOMES.map((outcome) => (
                  <option key={outcome} value={outcome}>
                    {j.outcomes[outcome]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setQuery({})}
            disabled={Object.keys(query).length === 0}
          >
            {j.filters.reset}
          </button>
        </fieldset>
      </form>

      <div role="status" aria-live="polite" className="journal__count">
        {list.kind === 'loading' ? j.loading : null}
        {list.kind === 'ready'
          ? list.entries.length === 0 && Object.keys(query).length === 0
            ? j.emptyJournal
            : j.count(list.entries.length)
          : null}
      </div>
      {list.kind === 'failed' ? <p className="banner banner--error">{j.loadFailed}</p> : null}
      {list.kind === 'ready' && list.entries.length > 0 ? (
        <JournalTable entries={list.entries} caption={j.table.caption} />
      ) : null}

      <section className="journal__export" aria-labelledby={`${id}-export`}>
        <h3 id={`${id}-export`}>{j.csv.title}</h3>
        <p className="field__hint">{j.csv.hint}</p>
        <div className="field">
          <label htmlFor={`${id}-separator`}>{j.csv.separator}</label>
          <select
            id={`${id}-separator`}
            value={separator}
            onChange={(event) => setSeparator(event.target.value === ';' ? ';' : ',')}
          >
            <option value=",">{j.csv.comma}</option>
            <option value=";">{j.csv.semicolon}</option>
          </select>
        </div>
        <button
          type="button"
          className="button"
          onClick={exportCsv}
          disabled={list.kind !== 'ready' || list.entries.length === 0}
        >
          {j.csv.export}
        </button>
        <p role="status" aria-live="polite">
          {exportMessage}
        </p>
      </section>

      <IdentifierLookup client={client} />
    </section>
  );
}
