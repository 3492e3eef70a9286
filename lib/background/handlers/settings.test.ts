import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ok, type Result } from '../../core/app-error';
import { RETIRED_KEY_NAMES } from '../../settings/core/settings';
import type { OrganisationView } from '../../settings/organisation-view';
import type { ProtocolHandlers } from '../../platform/messaging/serve';
import { handleRequest } from '../../platform/messaging/serve';
import { userSettingsItem } from '../../platform/storage/items';
import { createSettingsHandlers } from './settings';

// Only the settings handlers are exercised; the others must not be reached.
const handlers = createSettingsHandlers() as ProtocolHandlers;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('getSettingsView', () => {
  it('carries no secret value: a secret in the policy or in old storage is ignored, named in a warning', async () => {
    await fakeBrowser.storage.managed.set({ environment: 'production', partnerClientSecret: 'org-secret-1' });
    // What an older version stored (the key is no setting any more).
    await fakeBrowser.storage.local.set({
      userSettings: { apiParticulierToken: 'agent-token-2', agentName: 'H. Vert' },
    });
    const result = await handleRequest('getSettingsView', undefined, handlers);
    if (!result.ok) throw new Error(result.error.code);
    const serialised = JSON.stringify(result.value);
    expect(serialised).not.toContain('org-secret-1');
    expect(serialised).not.toContain('agent-token-2');
    for (const key of RETIRED_KEY_NAMES) expect(result.value.values).not.toHaveProperty(key);
    expect(result.value.warnings).toContainEqual({
      key: 'partnerClientSecret',
      source: 'policy',
      reason: 'secret-belongs-on-gateway',
    });
    expect(result.value.values.environment).toBe('production');
    expect(result.value.values.agentName).toBe('H. Vert');
    expect(result.value.sources.environment).toBe('policy');
  });

  it('exposes the policy warnings, naming the key, so any page can show a banner', async () => {
    await fakeBrowser.storage.managed.set({ resultClearMinutes: 0, statuFields: ['identite'] });
    const result = await handleRequest('getSettingsView', undefined, handlers);
    expect(result.ok && result.value.warnings).toEqual([
      { key: 'resultClearMinutes', source: 'policy', reason: 'invalid-value' },
      { key: 'statuFields', source: 'policy', reason: 'unknown-key' },
    ]);
  });

  it('gives the language and visible fields for pages that need only those', async () => {
    await fakeBrowser.storage.managed.set({ statusFields: ['inscription'], language: 'en' });
    const result = await handleRequest('getSettingsView', undefined, handlers);
    expect(result.ok && [result.value.language, result.value.statusFields]).toEqual(['en', ['inscription']]);
  });
});

describe('saveUserSettings', () => {
  it('saves and answers the new view', async () => {
    const result = await handleRequest(
      'saveUserSettings',
      { values: { departements: ['63', '03'] } },
      handlers,
    );
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.values.departements).toEqual(['63', '03']);
  });

  it('refuses an upstream secret at the boundary: the extension no longer stores one', async () => {
    const result = await handleRequest(
      'saveUserSettings',
      { values: { franceConnectClientSecret: 'typed-secret' } } as never,
      handlers,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(JSON.stringify(await userSettingsItem.getValue())).not.toContain('typed-secret');
  });

  it('changes only the keys it is given: the agent’s other settings stay', async () => {
    await userSettingsItem.setValue({ agentName: 'H. Vert', simulatorUrl: 'http://127.0.0.1:9000' });
    const result = await handleRequest('saveUserSettings', { values: { departements: ['63'] } }, handlers);
    expect(result.ok).toBe(true);
    expect(await userSettingsItem.getValue()).toEqual({
      agentName: 'H. Vert',
      simulatorUrl: 'http://127.0.0.1:9000',
      departements: ['63'],
    });
  });

  it('refuses a key fixed by policy', async () => {
    await fakeBrowser.storage.managed.set({ language: 'fr' });
    const result = await handleRequest('saveUserSettings', { values: { language: 'en' } }, handlers);
    expect(result.ok || result.error.code).toBe('forbidden');
    expect(await userSettingsItem.getValue()).toEqual({});
  });

  it('refuses an unknown key at the protocol boundary', async () => {
    const result = await handleRequest('saveUserSettings', { values: { isAdmin: true } }, handlers);
    expect(result.ok || result.error.code).toBe('invalid_request');
  });
});

describe('the organisation’s settings', () => {
  const loaded = (agentMayChangeTerritory: boolean): OrganisationView => ({
    source: 'gateway',
    status: 'loaded',
    gatewayUrl: 'https://passerelle.ville-riom.fr',
    settings: {
      organisation: { id: 'ville-de-riom', name: 'Ville de Riom' },
      role: 'agent',
      verificationModes: ['identifiant'],
      motifs: ['RSA'],
      visibleResultFields: ['identite'],
      defaultTerritory: ['63'],
      agentMayChangeTerritory,
      retention: { journalDays: 1096 },
    },
  });
  const withOrganisation = (view: Result<OrganisationView>) =>
    createSettingsHandlers(async () => view) as ProtocolHandlers;

  it('answers what the backend gives, through the protocol', async () => {
    const result = await handleRequest(
      'getOrganisationSettings',
      undefined,
      withOrganisation(ok(loaded(true))),
    );
    expect(result).toEqual(ok(loaded(true)));
  });

  it('refuses a territory when the organisation does not let agents choose it, stores nothing', async () => {
    const fixed = withOrganisation(ok(loaded(false)));
    const result = await handleRequest('saveUserSettings', { values: { departements: ['03'] } }, fixed);
    expect(result.ok || result.error.code).toBe('forbidden');
    const cleared = await handleRequest('saveUserSettings', { values: {}, clear: ['departements'] }, fixed);
    expect(cleared.ok || cleared.error.code).toBe('forbidden');
    expect(await userSettingsItem.getValue()).toEqual({});
    // The language stays the agent's.
    expect((await handleRequest('saveUserSettings', { values: { language: 'en' } }, fixed)).ok).toBe(true);
  });

  it('saves a territory when the organisation allows it, or is not known (signed out)', async () => {
    const allowed = withOrganisation(ok(loaded(true)));
    expect((await handleRequest('saveUserSettings', { values: { departements: ['03'] } }, allowed)).ok).toBe(
      true,
    );
    const signedOut = withOrganisation(
      ok({ source: 'gateway', status: 'signed_out', gatewayUrl: 'https://passerelle.ville-riom.fr' }),
    );
    expect(
      (await handleRequest('saveUserSettings', { values: { departements: ['15'] } }, signedOut)).ok,
    ).toBe(true);
    expect(await userSettingsItem.getValue()).toEqual({ departements: ['15'] });
  });
});
