import { useRef, useState } from 'react';
import type { PanelTarget } from '../../lib/platform/browser/side-panel';
import {
  eventsDigestItem,
  eventsRefreshFailureItem,
  isCurrentDigest,
  type DigestEvent,
} from '../../lib/platform/storage/items';
import { hasEnded } from '../../lib/events/search/event-state';
import type { TerritorySuggestion } from '../../lib/events/core/territory-search';
import { useI18n } from '../shared/i18n';
import { EmptyState } from '../shell/EmptyState';
import { LoadFailed } from './LoadFailed';
import { EventFacts } from './EventFacts';
import { LiveMessage } from './LiveMessage';
import { RefreshStatus } from './RefreshStatus';
import { departementLabel, TerritoryField } from './TerritoryField';
import { TerritoryPrompt } from './TerritoryPrompt';
import { useNow } from './use-now';
import { failureSince, useEventsRefresh } from './use-refresh';
import { useStorageItem } from './use-storage-item';
import { useTerritory, type TerritoryClient } from './use-territory';
import './events.css';

/** Rows of each group: the territory's events fill the first screen, a few fairs follow. */
export const POPUP_ROWS = { local: 5, fairs: 3 };

interface PopupEventsProps {
  /** Opens the side panel on the events view: one event's detail, or the territory's list. */
  onOpen: (target?: PanelTarget) => void;
  territoryClient?: TerritoryClient;
}

/**
 * The popup's events view, relevance first: the territory's next events by date, then the
 * online fairs that concern it, each group under its heading, and how many more the side
 * panel holds. Painted from the small digest in storage before any network answer. Where no
 * territory is set, it asks for one in place; changing it is one click away.
 */
export function PopupEvents({ onOpen, territoryClient }: PopupEventsProps) {
  const { t, language } = useI18n();
  const e = t.events;
  const now = useNow();
  const stored = useStorageItem(eventsDigestItem);
  const digest = stored === undefined ? undefined : isCurrentDigest(stored) ? stored : null;
  const storedFailure = useStorageItem(eventsRefreshFailureItem);
  const { refreshing, error, refresh } = useEventsRefresh();
  const { territory, save } = useTerritory(territoryClient);
  const [changing, setChanging] = useState(false);
  const [message, setMessage] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const failure = error ?? failureSince(storedFailure, digest?.fetchedAt);

  const choose = async (suggestion: TerritorySuggestion) => {
    const saved = await save([suggestion.departement]);
    if (!saved) {
      setMessage(e.territorySaveFailed);
      return;
    }
    setChanging(false);
    setMessage(e.territorySaved(departementLabel(suggestion.departement)));
    refresh(false);
    // The prompt is gone: the list's heading takes the focus, not the page's top.
    requestAnimationFrame(() => heading.current?.focus());
  };

  const needsTerritory = territory.kind === 'ready' && !territory.chosen;
  const prompt = needsTerritory ? <TerritoryPrompt onChoose={(s) => void choose(s)} /> : null;
  const live = <LiveMessage message={message} />;

  if (digest === undefined) return null;
  if (digest === null) {
    const state =
      failure && !refreshing ? (
        <LoadFailed title={e.firstLoadFailedTitle} failure={failure} onRetry={() => refresh(true)} />
      ) : (
        <div role="status">
          <EmptyState title={e.loadingTitle}>
            <p>{e.loadingBody}</p>
          </EmptyState>
        </div>
      );
    return (
      <>
        {prompt}
        {state}
        {live}
      </>
    );
  }

  const notOver = (events: DigestEvent[]) => events.filter((event) => !hasEnded(event, now));
  const local = notOver(digest.local).slice(0, POPUP_ROWS.local);
  const fairs = notOver(digest.fairs).slice(0, POPUP_ROWS.fairs);
  const more = Math.max(0, digest.localTotal + digest.fairsTotal - local.length - fairs.length);
  const allFrance =
    territory.kind === 'ready' ? territory.departements.length === 0 : digest.territory.length === 0;
  const territoryNames =
    territory.kind === 'ready' && territory.departements.length > 0
      ? territory.departements.map(departementLabel).join(', ')
      : digest.territory.length > 0
        ? digest.territory.map(departementLabel).join(', ')
        : e.territoryAll;

  const rows = (events: DigestEvent[]) => (
    <ul className="popup-events__list">
      {events.map((event) => (
        <li key={event.key}>
          <button type="button" className="event-row" onClick={() => onOpen({ eventKey: event.key })}>
            <span className="event-row__title">{event.title}</span>
            <EventFacts event={event} t={e} language={language} now={now} />
          </button>
        </li>
      ))}
    </ul>
  );

  return (
    <>
      {prompt}
      <section className="popup-events" aria-labelledby="popup-events-title">
        <div className="popup-events__head">
          <h2 id="popup-events-title" ref={heading} tabIndex={-1}>
            {e.popupHeading}
          </h2>
          {changing ? (
            <div className="territory-change">
              <TerritoryField autoFocus onChoose={(s) => void choose(s)} />
              <p className="field__hint">{e.territorySeveral}</p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setChanging(false);
                  requestAnimationFrame(() => changeButton.current?.focus());
                }}
              >
                {e.territoryCancel}
              </button>
            </div>
          ) : (
            <p className="popup-events__territory events-muted">
              <span>{e.territory(territoryNames)}</span>
              {territory.kind === 'ready' && territory.locked ? (
                <span> ({e.territoryByPolicy})</span>
              ) : territory.kind === 'ready' && territory.chosen ? (
                <button
                  ref={changeButton}
                  type="button"
                  className="link-button"
                  aria-label={e.territoryChangeLabel(territoryNames)}
                  onClick={() => setChanging(true)}
                >
                  {e.territoryChange}
                </button>
              ) : null}
            </p>
          )}
        </div>
        <RefreshStatus
          fetchedAt={digest.fetchedAt}
          refreshing={refreshing}
          failure={failure}
          onRetry={() => refresh(true)}
          now={now}
        />
        {local.length === 0 && fairs.length === 0 ? (
          <EmptyState title={e.noUpcomingTitle} level={3}>
            <p>{e.noUpcomingBody}</p>
          </EmptyState>
        ) : (
          <>
            <section className="popup-events__group" aria-labelledby="popup-local-title">
              <h3 id="popup-local-title">{allFrance ? e.groupLocalAll : e.groupLocal}</h3>
              {local.length > 0 ? rows(local) : <p className="events-muted">{e.noLocalEvent}</p>}
            </section>
            <section className="popup-events__group" aria-labelledby="popup-fairs-title">
              <h3 id="popup-fairs-title">{allFrance ? e.groupFairsAll : e.groupFairs}</h3>
              {fairs.length > 0 ? rows(fairs) : <p className="events-muted">{e.noConcernedFair}</p>}
            </section>
          </>
        )}
        <div className="popup-events__footer">
          <button
            type="button"
            className="button"
            aria-describedby="popup-more-hint"
            onClick={() => onOpen({ list: 'territory' })}
          >
            {more > 0 ? e.more(more) : e.seeAll}
          </button>
          <span id="popup-more-hint" className="visually-hidden">
            {e.moreHint}
          </span>
        </div>
      </section>
      {live}
    </>
  );
}
