import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { panelRequestItem, type PanelRequest, type PanelView } from '../../lib/platform/storage/items';
import { EventsPanel, type EventsRequest } from '../events/EventsPanel';
import { JournalPanel } from '../journal/JournalPanel';
import { StatusPanel } from '../status/StatusPanel';
import { AgentSessionBar } from '../agent/AgentSessionBar';
import { AppShell } from '../shell/AppShell';
import { useI18n } from '../shared/i18n';
import { SettingsWarningsBanner } from './SettingsWarningsBanner';

/** A popup request older than this, found when the panel opens, is an old one: ignored. */
const REQUEST_FRESH_MS = 15_000;

const VIEWS: PanelView[] = ['events', 'status', 'journal'];

function viewFromHash(): PanelView {
  const hash = window.location.hash.replace('#', '');
  return (VIEWS as string[]).includes(hash) ? (hash as PanelView) : 'events';
}

/** The side panel: stays open beside the case file. */
export function SidePanelApp() {
  const { t } = useI18n();
  const [view, setView] = useState<PanelView>(viewFromHash);
  // What the popup asked the events view to show: an event's detail, or the territory's list.
  const [eventRequest, setEventRequest] = useState<EventsRequest | null>(null);
  useEffect(() => {
    const follow = (request: PanelRequest | null) => {
      if (!request) return;
      setView(request.view);
      if (request.eventKey || request.list) {
        setEventRequest({ eventKey: request.eventKey, list: request.list, at: request.at });
      }
    };
    // The popup asks for a view through session storage (the panel may already be open).
    void panelRequestItem.getValue().then((request) => {
      if (request && Date.now() - request.at < REQUEST_FRESH_MS) follow(request);
    });
    return panelRequestItem.watch(follow);
  }, []);
  return (
    <AppShell
      views={['events', 'status', 'journal']}
      current={view}
      onNavigate={setView}
      actions={
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t.common.openOptions}
        </button>
      }
    >
      <AgentSessionBar />
      <SettingsWarningsBanner />
      {view === 'events' ? (
        <EventsPanel request={eventRequest} />
      ) : view === 'status' ? (
        <StatusPanel />
      ) : (
        <JournalPanel />
      )}
    </AppShell>
  );
}
