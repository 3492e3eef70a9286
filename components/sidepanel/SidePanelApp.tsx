import { useEffect, useState } from 'react';
import { panelRequestItem, type PanelView } from '../../lib/browser/side-panel';
import { EventsPanel } from '../events/EventsPanel';
import { JournalPanel } from '../journal/JournalPanel';
import { StatusPanel } from '../status/StatusPanel';
import { AppShell } from '../shell/AppShell';
import { useViewFocus } from '../shell/use-view-focus';
import { useI18n } from '../shared/i18n';

const VIEWS: PanelView[] = ['events', 'status', 'journal'];

function viewFromHash(): PanelView {
  const hash = window.location.hash.replace('#', '');
  return (VIEWS as string[]).includes(hash) ? (hash as PanelView) : 'events';
}

/** The side panel: stays open beside the case file. */
export function SidePanelApp() {
  const { t } = useI18n();
  const [view, setView] = useState<PanelView>(viewFromHash);
  useViewFocus(view);
  useEffect(() => {
    // The popup asks for a view through session storage (the panel may already be open).
    void panelRequestItem.getValue().then((request) => {
      if (request) setView(request.view);
    });
    return panelRequestItem.watch((request) => {
      if (request) setView(request.view);
    });
  }, []);
  return (
    <AppShell
      views={[
        { id: 'events', label: t.common.nav.events },
        { id: 'status', label: t.common.nav.status },
        { id: 'journal', label: t.common.nav.journal },
      ]}
      current={view}
      onNavigate={setView}
    >
      {view === 'events' ? <EventsPanel /> : view === 'status' ? <StatusPanel /> : <JournalPanel />}
    </AppShell>
  );
}
