import { useState } from 'react';
import { browser } from 'wxt/browser';
import { openSidePanel, type PanelView } from '../../lib/browser/side-panel';
import { PopupEvents } from '../events/PopupEvents';
import { AppShell } from '../shell/AppShell';
import { EmptyState } from '../shell/EmptyState';
import { useViewFocus } from '../shell/use-view-focus';
import { useI18n } from '../shared/i18n';

type PopupView = 'events' | 'status';

/** Opens the side panel from a click in the popup, then closes the popup. */
export async function openPanelFromPopup(view: PanelView, eventKey?: string): Promise<void> {
  // The window id must be known synchronously-ish: `windows.getCurrent` is quick and the
  // side panel call below still runs within the click's user activation.
  const current = await browser.windows?.getCurrent?.().catch(() => undefined);
  await openSidePanel(view, current?.id, eventKey);
  window.close();
}

/** The toolbar popup: the quick view. */
export function PopupApp() {
  const { t } = useI18n();
  const [view, setView] = useState<PopupView>('events');
  useViewFocus(view);
  return (
    <AppShell
      views={[
        { id: 'events', label: t.common.nav.events },
        { id: 'status', label: t.common.nav.status },
      ]}
      current={view}
      onNavigate={setView}
      actions={
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void openPanelFromPopup(view)}
        >
          {t.common.openSidePanel}
        </button>
      }
    >
      {view === 'events' ? (
        <PopupEvents />
      ) : (
        <EmptyState
          title={t.status.emptyTitle}
          action={
            <button type="button" className="button" onClick={() => void openPanelFromPopup('status')}>
              {t.status.quickEntry}
            </button>
          }
        >
          <p>{t.status.emptyBody}</p>
        </EmptyState>
      )}
    </AppShell>
  );
}
