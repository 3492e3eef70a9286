import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { panelRequestItem } from '../storage/items';
import { openSidePanel } from './side-panel';

// fakeBrowser has neither sidePanel nor sidebarAction: tests add the one they need.
const api = fakeBrowser as unknown as Record<string, unknown>;

describe('openSidePanel', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    delete api.sidePanel;
    delete api.sidebarAction;
  });

  it('opens Chrome’s side panel on the window and asks it for the view', async () => {
    const open = vi.fn(async () => undefined);
    api.sidePanel = { open };
    await openSidePanel('status', 7);
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
    expect(await panelRequestItem.getValue()).toMatchObject({ view: 'status' });
  });

  it('opens Firefox’s sidebar and carries the event to show', async () => {
    const open = vi.fn(async () => undefined);
    api.sidebarAction = { open };
    await openSidePanel('events', undefined, { eventKey: 'mee:42' });
    expect(open).toHaveBeenCalledOnce();
    expect(await panelRequestItem.getValue()).toMatchObject({ view: 'events', eventKey: 'mee:42' });
  });

  it('carries the popup’s “more” list: the territory’s', async () => {
    api.sidebarAction = { open: vi.fn(async () => undefined) };
    await openSidePanel('events', undefined, { list: 'territory' });
    expect(await panelRequestItem.getValue()).toMatchObject({ view: 'events', list: 'territory' });
  });

  it('calls open before anything is awaited, as the user gesture requires', () => {
    const open = vi.fn(async () => undefined);
    api.sidePanel = { open };
    void openSidePanel('journal', 3);
    expect(open).toHaveBeenCalledOnce();
  });
});
