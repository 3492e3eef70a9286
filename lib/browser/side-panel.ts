import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

export type PanelView = 'events' | 'status' | 'journal';

/** The view the side panel should show; the panel reads it when it opens and watches it. */
export const panelRequestItem = storage.defineItem<{ view: PanelView; eventKey?: string; at: number } | null>(
  'session:panelRequest',
  { fallback: null },
);

interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/**
 * Opens the side panel (Chrome `sidePanel`, Firefox `sidebarAction`) on a view. Must be
 * called straight from a click: both browsers require a user gesture, so nothing is
 * awaited before `open`.
 */
export function openSidePanel(
  view: PanelView,
  windowId: number | undefined,
  eventKey?: string,
): Promise<void> {
  const request = panelRequestItem.setValue({ view, eventKey, at: Date.now() });
  const api = browser as unknown as { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebarAction };
  if (api.sidebarAction) return Promise.all([request, api.sidebarAction.open()]).then(() => undefined);
  if (api.sidePanel && windowId !== undefined) {
    return Promise.all([request, api.sidePanel.open({ windowId })]).then(() => undefined);
  }
  return request;
}
