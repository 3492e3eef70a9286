import { browser } from 'wxt/browser';
import { panelRequestItem, type PanelTarget, type PanelView } from '../storage/items';

export type { PanelTarget, PanelView };

let currentWindowId: number | undefined;

/**
 * Learns the popup's window early (at popup start), so that a later click can open the
 * side panel without awaiting anything: an await would lose the user gesture.
 */
export function rememberCurrentWindow(): void {
  void browser.windows
    ?.getCurrent?.()
    .then((window) => {
      currentWindowId = window.id;
    })
    .catch(() => undefined);
}

/** Opens the side panel on a view from a click in the popup, then closes the popup. */
export function openSidePanelFromPopup(view: PanelView, target: PanelTarget = {}): Promise<void> {
  return openSidePanel(view, currentWindowId, target).finally(() => window.close());
}

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
  target: PanelTarget = {},
): Promise<void> {
  const request = panelRequestItem.setValue({ view, ...target, at: Date.now() });
  const api = browser as unknown as { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebarAction };
  if (api.sidebarAction) return Promise.all([request, api.sidebarAction.open()]).then(() => undefined);
  if (api.sidePanel && windowId !== undefined) {
    return Promise.all([request, api.sidePanel.open({ windowId })]).then(() => undefined);
  }
  return request;
}
