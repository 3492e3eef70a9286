import { useState } from 'react';
import { openSidePanelFromPopup } from '../../lib/platform/browser/side-panel';
import { PopupEvents } from '../events/PopupEvents';
import { AgentSessionBar } from '../agent/AgentSessionBar';
import { AppShell } from '../shell/AppShell';
import { EmptyState } from '../shell/EmptyState';
import { useI18n } from '../shared/i18n';

type PopupView = 'events' | 'status';

/** The toolbar popup: the quick view. */
export function PopupApp() {
  const { t } = useI18n();
  const [view, setView] = useState<PopupView>('events');
  return (
    <AppShell
      views={['events', 'status']}
      current={view}
      onNavigate={setView}
      actions={
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void openSidePanelFromPopup(view)}
        >
          {t.common.openSidePanel}
        </button>
      }
    >
      <AgentSessionBar />
      {view === 'events' ? (
        <PopupEvents onOpen={(target) => void openSidePanelFromPopup('events', target)} />
      ) : (
        <EmptyState
          title={t.common.quickCheck.title}
          action={
            <button type="button" className="button" onClick={() => void openSidePanelFromPopup('status')}>
              {t.common.quickCheck.action}
            </button>
          }
        >
          <p>{t.common.quickCheck.body}</p>
        </EmptyState>
      )}
    </AppShell>
  );
}
