// @vitest-environment node
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ProtocolHandlers } from '../../platform/messaging/serve';
import { handleRequest } from '../../platform/messaging/serve';
import { agentAccessItem, userSettingsItem } from '../../platform/storage/items';
import { createAgentSessionHandlers } from './agent-session';

// Only the agent-session handlers are exercised; the others must not be reached.
const handlers = createAgentSessionHandlers() as ProtocolHandlers;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('agent session messages', () => {
  it('say "not configured" until the settings name a gateway', async () => {
    expect(await handleRequest('getAgentSession', undefined, handlers)).toEqual({
      ok: true,
      value: { status: 'not_configured' },
    });
    expect(await handleRequest('agentSignIn', undefined, handlers)).toMatchObject({
      ok: false,
      error: { code: 'not_configured', service: 'gateway' },
    });
  });

  it('read the gateway from the settings, and forget tokens of another gateway', async () => {
    await agentAccessItem.setValue({
      gateway: 'https://ancienne-passerelle.example.test',
      accessToken: 'old',
      expiresAt: Date.now() + 600_000,
    });
    await userSettingsItem.setValue({ gatewayUrl: 'https://passerelle.example.test' });
    expect(await handleRequest('getAgentSession', undefined, handlers)).toEqual({
      ok: true,
      value: { status: 'signed_out' },
    });
    expect(await agentAccessItem.getValue()).toBeNull();
  });

  it('refuse a request with data', async () => {
    expect(await handleRequest('agentSignOut', { everything: true }, handlers)).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
  });
});
