import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openSidePanel, panelRequestItem } from './side-panel';

type Patched = typeof fakeBrowser & { sidePanel?: unknown; sidebarAction?: unknown };

describe('openSidePanel', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    delete (fakeBrowser as Patched).sidePanel;
    delete (fakeBrowser as Patched).sidebarAction;
  });

  it('opens Chrome’s side panel on the window and asks it for the view', async () => {
    const open = vi.fn(async () => undefined);
    (fakeBrowser as Patched).sidePanel = { open };
    await openSidePanel('status', 7);
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
    expect(await panelRequestItem.getValue()).toMatchObject({ view: 'status' });
  });

  it('opens Firefox’s sidebar and carries the event to show', async () => {
    const open = vi.fn(async () => undefined);
    (fakeBrowser as Patched).sidebarAction = { open };
    await openSidePanel('events', undefined, 'mee:42');
    expect(open).toHaveBeenCalledOnce();
    expect(await panelRequestItem.getValue()).toMatchObject({ view: 'events', eventKey: 'mee:42' });
  });

  it('calls open before anything is awaited, as the user gesture requires', () => {
    const open = vi.fn(async () => undefined);
    (fakeBrowser as Patched).sidePanel = { open };
    void openSidePanel('journal', 3);
    expect(open).toHaveBeenCalledOnce();
  });
});
