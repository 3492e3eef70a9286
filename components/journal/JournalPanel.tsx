import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { CsvSeparator } from '../../lib/journal/core/csv';
import {
  CHECK_OUTCOMES,
  type CheckOutcome,
  type JournalAccess,
  type JournalListing,
  type JournalQuery,
  type JournalScope,
} from '../../lib/journal/core/types';
import { journalErrorText } from '../../lib/journal/error-text';
import { DateField } from '../shared/DateField';
import { useI18n } from '../shared/i18n';
import { usePanelSettings } from '../shared/use-panel-settings';
import { ChainVerification } from './ChainVerification';
import { downloadText } from './download';
import { IdentifierLookup } from './IdentifierLookup';
import { journalCsv } from './journal-csv';
import { messagingJournalClient, settle, type JournalClient } from './journal-client';
import { JournalTable } from './JournalTable';
import { MigrationOffer } from './MigrationOffer';
import './journal.css';

/** The local journal records these; the central one has the gateway's own outcomes too. */
const LOCAL_OUTCOMES: CheckOutcome[] = [
  'registered',
  'no_longer_registered',
  'not_covered',
  'not_found',
  'refused',
  'error',
];

type AccessState =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; access: JournalAccess };
type ListState =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; listing: JournalListing };

/**
 * The side panel's consultation journal: what is recorded, the list (the agent's own or the
 * organisation's), the lookup, the export, the chain's verification — the local journal in
 * the direct mode, the gateway's central one otherwise.
 */
export function JournalPanel({ client = messagingJournalClient }: { client?: JournalClient }) {
  const { t } = useI18n();
  const j = t.journal;
  const [access, setAccess] = useState<AccessState>({ kind: 'loading' });

  useEffect(() => {
    let active = true;
    void settle(client.getJournalAccess()).then((result) => {
      if (!active) return;
      setAccess(
        result.ok
          ? { kind: 'ready', access: result.value }
          : { kind: 'failed', message: journalErrorText(result.error, j, j.loadFailed) },
      );
    });
    return () => {
      active = false;
    };
    // The language may change the words, not what the journal offers: asked once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client]);

  return (
    <section className="journal" aria-labelledby="journal-title">
      <h2 id="journal-title">{j.title}</h2>
      <MigrationOffer client={client} separator="," />
      <div role="status" aria-live="polite">
        {access.kind === 'loading' ? <p className="journal__count">{j.loading}</p> : null}
        {access.kind === 'failed' ? <p className="banner banner--error">{access.message}</p> : null}
      </div>
      {access.kind === 'ready' ? <JournalView client={client} access={access.access} /> : null}
    </section>
  );
}

function JournalView({ client, access }: { client: JournalClient; access: JournalAccess }) {
  const { t } = useI18n();
  const j = t.journal;
  const id = useId();
  const central = access.source === 'gateway';
  const loadSettings = useCallback(() => client.getSettingsView(), [client]);
  const settings = usePanelSettings(loadSettings);
  const [scope, setScope] = useState<JournalScope>('mine');
  const [query, setQuery] = useState<JournalQuery>({});
  const [list, setList] = useState<ListState>({ kind: 'loading' });
  const [allMotifs, setAllMotifs] = useState<string[]>([]);
  const [separator, setSeparator] = useState<CsvSeparator>(',');
  const [exportMessage, setExportMessage] = useState('');
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    let active = true;
    void settle(client.listJournal(query, scope)).then((result) => {
      if (!active) return;
      setList(
        result.ok
          ? { kind: 'ready', listing: result.value }
          : { kind: 'failed', message: journalErrorText(result.error, j, j.loadFailed) },
      );
      if (result.ok && Object.keys(query).length === 0) {
        setAllMotifs(
          [...new Set(result.value.entries.map((entry) => entry.motif).filter(Boolean))].sort((a, b) =>
            a.localeCompare(b),
          ),
        );
      }
    });
    return () => {
      active = false;
    };
    // `j` only words the failure; a new language does not re-read the journal.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, query, scope]);

  const motifOptions = useMemo(() => {
    const configured = settings.kind === 'ready' ? settings.settings.motifs : [];
    return [...new Set([...configured, ...allMotifs])];
  }, [settings, allMotifs]);

  // A new listing is asked: "loading" is said from the change, not from the effect.
  const changeQuery = (next: JournalQuery) => {
    setList({ kind: 'loading' });
    setQuery(next);
  };
  const setFilter = (patch: Partial<JournalQuery>) => {
    const next: JournalQuery = { ...query, ...patch };
    for (const key of Object.keys(next) as (keyof JournalQuery)[]) if (!next[key]) delete next[key];
    changeQuery(next);
  };

  // The organisation's export is the gateway's audit file (journaled); one's own, the rows shown.
  const gatewayExport = central && scope === 'organisation';
  const exportCsv = async () => {
    if (gatewayExport) {
      setExporting(true);
      setExportMessage(j.csv.running);
      const result = await settle(client.exportJournal({ from: query.from, to: query.to }));
      setExporting(false);
      if (result.ok && result.value) {
        downloadText(result.value.csv, result.value.fileName, 'text/csv;charset=utf-8');
        setExportMessage(j.csv.doneCentral);
      } else {
        setExportMessage(result.ok ? j.loadFailed : journalErrorText(result.error, j, j.loadFailed));
      }
      return;
    }
    if (list.kind !== 'ready') return;
    const day = new Date().toISOString().slice(0, 10);
    downloadText(
      journalCsv(list.listing.entries, j, separator),
      j.csv.fileName(day),
      'text/csv;charset=utf-8',
    );
    setExportMessage(j.csv.done(list.listing.entries.length));
  };

  const retentionDays = settings.kind === 'ready' ? settings.settings.journalRetentionDays : null;
  const clearMinutes = settings.kind === 'ready' ? settings.settings.resultClearMinutes : 5;
  const outcomes = central ? CHECK_OUTCOMES : LOCAL_OUTCOMES;
  const entries = list.kind === 'ready' ? list.listing.entries : [];

  return (
    <>
      {retentionDays !== null ? (
        <p className="journal__about">
          {central ? j.whatIsRecordedCentral(retentionDays) : j.whatIsRecorded(retentionDays)}
        </p>
      ) : null}

      {central ? (
        <fieldset className="journal__scope-set">
          <legend>{j.scope.legend}</legend>
          <div className="journal__scope">
            {(['mine', 'organisation'] as const).map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name={`${id}-scope`}
                  value={value}
                  checked={scope === value}
                  onChange={() => {
                    setList({ kind: 'loading' });
                    setScope(value);
                    setExportMessage('');
                  }}
                />{' '}
                {j.scope[value]}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}

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
                  setFilter({ outcome: (event.target.value || undefined) as CheckOutcome | undefined })
                }
              >
                <option value="">{j.filters.all}</option>
                {outcomes.map((outcome) => (
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
            onClick={() => changeQuery({})}
            disabled={Object.keys(query).length === 0}
          >
            {j.filters.reset}
          </button>
        </fieldset>
      </form>

      <div role="status" aria-live="polite" className="journal__count">
        {list.kind === 'loading' ? j.loading : null}
        {list.kind === 'ready'
          ? list.listing.entries.length === 0 && Object.keys(query).length === 0
            ? j.emptyJournal
            : j.count(list.listing.entries.length)
          : null}
        {list.kind === 'ready' && list.listing.truncated ? ` ${j.truncated(entries.length)}` : null}
        {list.kind === 'failed' ? <p className="banner banner--error">{list.message}</p> : null}
      </div>
      {entries.length > 0 ? <JournalTable entries={entries} caption={j.table.caption} /> : null}

      <section className="journal__export" aria-labelledby={`${id}-export`}>
        <h3 id={`${id}-export`}>{j.csv.title}</h3>
        <p className="field__hint">{gatewayExport ? j.csv.hintCentral : j.csv.hint}</p>
        {gatewayExport ? null : (
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
        )}
        <button
          type="button"
          className="button"
          onClick={() => void exportCsv()}
          disabled={gatewayExport ? exporting || list.kind === 'failed' : entries.length === 0}
        >
          {gatewayExport ? j.csv.exportCentral : j.csv.export}
        </button>
        <p role="status" aria-live="polite">
          {exportMessage}
        </p>
      </section>

      {central && access.oversight ? <ChainVerification client={client} /> : null}
      {!central || access.oversight ? (
        <IdentifierLookup client={client} central={central} clearMinutes={clearMinutes} />
      ) : null}
    </>
  );
}
