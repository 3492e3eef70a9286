import { useCallback, useEffect, useMemo, useState } from 'react';
import { keywordTerms, searchIndex } from '../../lib/events/search/search-index';
import { eventsSummary } from '../../lib/events/handover/summary';
import { mailDraft } from '../../lib/events/handover/mail';
import type { TerritorySuggestion } from '../../lib/events/core/territory-search';
import type { PanelTarget } from '../../lib/platform/browser/side-panel';
import { eventsRefreshFailureItem } from '../../lib/platform/storage/items';
import { useI18n } from '../shared/i18n';
import { EmptyState } from '../shell/EmptyState';
import { LoadFailed } from './LoadFailed';
import { copyText } from './clipboard';
import { EventDetail } from './EventDetail';
import { EventFiltersForm } from './EventFiltersForm';
import { EventList } from './EventList';
import { TerritoryPrompt } from './TerritoryPrompt';
import { departementLabel } from './TerritoryField';
import { usePrint } from './use-print';
import { useTerritory, type TerritoryClient } from './use-territory';
import { LiveMessage } from './LiveMessage';
import { PrintSheet } from './PrintSheet';
import { RefreshStatus } from './RefreshStatus';
import { useNow } from './use-now';
import { failureSince, useEventsRefresh } from './use-refresh';
import { useStorageItem } from './use-storage-item';
import { useEventsIndex } from './use-events-index';
import { useStoredFilters } from './use-stored-filters';
import './events.css';

const NO_RESULTS = new Uint32Array(0);

/** Says the count once typing pauses, not at every keystroke. */
function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/** What the popup asked the events view to show (lib/platform/browser/side-panel.ts). */
export type EventsRequest = PanelTarget & { at: number };

interface EventsPanelProps {
  request?: EventsRequest | null;
  territoryClient?: TerritoryClient;
}

/**
 * The side panel's events view: the territory asked for on first run, the search (keyword,
 * count, then the "Filtres" disclosure), the virtualised list, the detail, hand-over
 * (calendar, e-mail, print with QR codes).
 */
export function EventsPanel({ request = null, territoryClient }: EventsPanelProps) {
  const { t, language } = useI18n();
  const e = t.events;
  const p = t.eventsPanel;
  const now = useNow();
  const loaded = useEventsIndex();
  const cache = loaded.kind === 'full' ? loaded.cache : undefined;
  const storedFailure = useStorageItem(eventsRefreshFailureItem);
  const { refreshing, error, refresh } = useEventsRefresh();
  // The popup's "N de plus": the territory's list, the agent's other filters cleared.
  const [filters, changeFilters, resetFilters] = useStoredFilters(
    request?.list === 'territory' ? { at: request.at, filters: { territoryOnly: true } } : null,
  );
  const { territory, save: saveTerritory } = useTerritory(territoryClient);
  const printing = usePrint();
  const [openKey, setOpenKey] = useState<string | null>(request?.eventKey ?? null);
  const [active, setActive] = useState(0);
  const [returning, setReturning] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState('');

  // A request from the popup, when the panel opens or while it is open.
  const [seenRequest, setSeenRequest] = useState<EventsRequest | null>(null);
  if (request !== seenRequest) {
    setSeenRequest(request);
    if (request?.eventKey) setOpenKey(request.eventKey);
    if (request?.list === 'territory') {
      setOpenKey(null);
      setActive(0);
    }
  }

  const announce = useCallback((text: string) => {
    // A repeated message is changed invisibly so that it is said again.
    setMessage((previous) => (previous === text ? `${text}\u00a0` : text));
  }, []);

  const chooseTerritory = async (suggestion: TerritorySuggestion) => {
    if (!(await saveTerritory([suggestion.departement]))) {
      announce(e.territorySaveFailed);
      return;
    }
    announce(e.territorySaved(departementLabel(suggestion.departement)));
    refresh(false);
  };

  const index = loaded.kind === 'reading' ? null : loaded.index;
  // The digest's first rows, until the whole list is indexed: they have no descriptions, and
  // only in date order are they the first rows of the results (a prefix of them).
  const partial = loaded.kind === 'head';
  const headShows = !partial || (filters.sort === 'date' && keywordTerms(filters.keyword).length === 0);
  // Events end during the day and drop out of the results: filter again every hour, not at
  // every minute's tick of `now`.
  const hour = now.toISOString().slice(0, 13);
  const results = useMemo(
    () => (index && headShows ? searchIndex(index, filters, new Date()) : NO_RESULTS),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `hour` re-runs it every hour
    [index, headShows, filters, hour],
  );
  const places = useMemo(() => index?.events.map((event) => event.place) ?? [], [index]);
  const countText = partial ? p.loadingRest : p.resultCount(results.length);
  const announcedCount = useDebounced(countText, 600);
  const activeRow = Math.min(active, Math.max(0, results.length - 1));

  const fetchedAt = cache?.fetchedAt ?? (loaded.kind === 'head' ? loaded.fetchedAt : undefined);
  const failure = error ?? failureSince(storedFailure, fetchedAt);
  const selectedEvents = useMemo(
    () => (cache ? cache.events.filter((event) => selected.has(event.key)) : []),
    [cache, selected],
  );

  const openEvent = openKey ? cache?.events.find((event) => event.key === openKey) : undefined;
  const back = () => {
    setOpenKey(null);
    setReturning(true);
  };

  const toggle = (key: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  // An event's detail needs its description: the whole cache.
  if (loaded.kind === 'reading' || (openKey && cache === undefined)) return null;

  if (openKey && cache) {
    return (
      <div className="events-panel">
        {openEvent ? (
          <EventDetail
            key={openEvent.key}
            event={openEvent}
            onBack={back}
            now={now}
            announce={announce}
            printing={printing}
          />
        ) : (
          <EmptyState
            title={p.detailNotFoundTitle}
            action={
              <button type="button" className="button" onClick={back}>
                {p.backToList}
              </button>
            }
          >
            <p>{p.detailNotFoundBody}</p>
          </EmptyState>
        )}
        <LiveMessage message={message} />
      </div>
    );
  }

  const mail = selectedEvents.length > 0 ? mailDraft(selectedEvents, e, p, language, now) : null;

  return (
    <div className="events-panel">
      {territory.kind === 'ready' && !territory.chosen ? (
        <TerritoryPrompt onChoose={(suggestion) => void chooseTerritory(suggestion)} />
      ) : null}
      <div className="events-toolbar">
        <h2>{p.searchHeading}</h2>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => refresh(true)}
          disabled={refreshing}
        >
          {e.refresh}
        </button>
      </div>
      <RefreshStatus
        fetchedAt={fetchedAt ?? null}
        refreshing={refreshing}
        failure={failure}
        onRetry={() => refresh(true)}
        now={now}
      />
      {cache === null ? (
        failure && !refreshing ? (
          <LoadFailed title={p.panelErrorTitle} failure={failure} onRetry={() => refresh(true)} />
        ) : (
          <EmptyState title={e.loadingTitle}>
            <p>{e.loadingBody}</p>
          </EmptyState>
        )
      ) : (
        <>
          <EventFiltersForm
            filters={filters}
            onChange={(change) => {
              changeFilters(change);
              setActive(0);
            }}
            onReset={resetFilters}
            typeOptions={index?.typeOptions ?? []}
            places={places}
            announce={announce}
          />
          <p className="events-count" aria-hidden="true">
            {countText}
          </p>
          <LiveMessage message={announcedCount} />
          {selected.size > 0 ? (
            <div className="selection-bar">
              <span>{e.selection(selected.size)}</span>
              <button type="button" className="button" onClick={printing.print}>
                {e.printSelection}
              </button>
              {mail ? (
                <a
                  className="button button--secondary"
                  href={mail.url}
                  onClick={() =>
                    announce(
                      mail.included < selectedEvents.length
                        ? p.mailTruncated(mail.included, selectedEvents.length)
                        : p.mailOpened,
                    )
                  }
                >
                  {p.mailSelection}
                </a>
              ) : null}
              <button
                type="button"
                className="button button--secondary"
                onClick={() =>
                  void copyText(eventsSummary(selectedEvents, e, language, now)).then((done) =>
                    announce(done ? e.selectionCopied : e.copyFailed),
                  )
                }
              >
                {e.copySelection}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setSelected(new Set())}
              >
                {e.clearSelection}
              </button>
            </div>
          ) : null}
          {results.length === 0 && partial ? (
            <EmptyState title={e.loadingTitle} level={3}>
              <p>{p.loadingRest}</p>
            </EmptyState>
          ) : results.length === 0 ? (
            <EmptyState title={p.noResultTitle} level={3}>
              <p>{p.noResultBody}</p>
            </EmptyState>
          ) : (
            <EventList
              events={index?.events ?? []}
              results={results}
              busy={partial}
              active={activeRow}
              onActiveChange={setActive}
              focusOnMount={returning}
              onOpen={(row) => {
                setActive(row);
                const event = index?.events[results[row] as number];
                if (event) setOpenKey(event.key);
              }}
              selected={selected}
              onToggleSelected={toggle}
              now={now}
            />
          )}
          <LiveMessage message={message} />
        </>
      )}
      <PrintSheet events={selectedEvents} now={now} encode={printing.encode} />
    </div>
  );
}
