import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { partnerTokenItem, userSettingsItem } from '../platform/storage/items';
import {
  loadEndpoints,
  purgeRetiredSecrets,
  loadSettings,
  readPolicy,
  updateUserSettings,
} from './settings-store';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('readPolicy', () => {
  it('reads the managed storage (Chrome, with a policy)', async () => {
    await fakeBrowser.storage.managed.set({ environment: 'production' });
    expect(await readPolicy()).toEqual({ environment: 'production' });
  });

  it('answers an empty policy when Firefox rejects (no policies.json entry)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );
    expect(await readPolicy()).toEqual({});
  });
});

describe('loadSettings', () => {
  it('works on Firefox without a policy exactly as on Chrome with an empty one', async () => {
    await userSettingsItem.setValue({ agentName: 'D. Moreau', departements: ['63'] });
    const chrome = await loadSettings();
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('No policy'));
    const firefox = await loadSettings();
    expect(firefox).toEqual(chrome);
    expect(firefox.settings.agentName).toBe('D. Moreau');
    expect(firefox.warnings).toEqual([]);
  });

  it('merges the policy over the agent’s stored settings', async () => {
    await fakeBrowser.storage.managed.set({ departements: ['2A', '2B'], journalRetentionDays: 'x' });
    await userSettingsItem.setValue({ departements: ['63'], journalRetentionDays: 90 });
    const { settings, sources, warnings } = await loadSettings();
    expect(settings.departements).toEqual(['2A', '2B']);
    expect(sources.departements).toBe('policy');
    expect(settings.journalRetentionDays).toBe(90);
    expect(warnings).toEqual([{ key: 'journalRetentionDays', source: 'policy', reason: 'invalid-value' }]);
  });

  it('gives the endpoints of the policy’s environment', async () => {
    await fakeBrowser.storage.managed.set({ environment: 'sandbox', apiParticulierToken: 'org-token' });
    const endpoints = await loadEndpoints();
    expect(endpoints.environment).toBe('sandbox');
    expect(endpoints.apiParticulierUrl).toBe('https://staging.particulier.api.gouv.fr');
    // The secret belongs on the gateway: ignored.
    expect(endpoints.apiParticulierToken).toBeUndefined();
  });

  it('erases the upstream secrets an older version kept in storage', async () => {
    await fakeBrowser.storage.local.set({
      userSettings: { partnerClientSecret: 'old', apiParticulierToken: 'tok', language: 'en' },
    });
    expect(await purgeRetiredSecrets()).toEqual(['partnerClientSecret', 'apiParticulierToken']);
    expect(await userSettingsItem.getValue()).toEqual({ language: 'en' });
  });
});

describe('updateUserSettings', () => {
  it('stores parsed values in storage.local and nowhere else', async () => {
    const result = await updateUserSettings({
      values: { recipientSiret: '130 025 265 00013', departements: ['2a'] },
    });
    expect(result.ok).toBe(true);
    expect(await userSettingsItem.getValue()).toEqual({
      recipientSiret: '13002526500013',
      departements: ['2A'],
    });
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  it('refuses the whole change when one key is fixed by policy', async () => {
    await fakeBrowser.storage.managed.set({ motifs: ['RSA'] });
    const result = await updateUserSettings({ values: { motifs: ['Autre'], agentName: 'E. Roux' } });
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', detail: "Set by the organisation's policy: motifs" },
    });
    expect(await userSettingsItem.getValue()).toEqual({});
  });

  it('refuses connection keys once the policy sets the connection, clears included', async () => {
    await fakeBrowser.storage.managed.set({ environment: 'production' });
    const result = await updateUserSettings({ values: {}, clear: ['partnerTokenUrl'] });
    expect(result.ok || result.error.code).toBe('forbidden');
  });

  it('refuses invalid values, naming the keys but never the values', async () => {
    const result = await updateUserSettings({
      values: { partnerClientId: ['not-a-string'], recipientSiret: '12345678901234', agentName: 'ok' },
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_request', detail: 'Invalid values for: partnerClientId, recipientSiret' },
    });
    expect(await userSettingsItem.getValue()).toEqual({});
  });

  it('clears keys (explicitly or with a blank value) back to the default', async () => {
    await userSettingsItem.setValue({
      agentName: 'F. Blanc',
      eventsApiUrl: 'https://x.example/v1',
      language: 'en',
    });
    const result = await updateUserSettings({ values: { eventsApiUrl: '' }, clear: ['agentName'] });
    expect(result.ok && result.value.sources.eventsApiUrl).toBe('default');
    expect(await userSettingsItem.getValue()).toEqual({ language: 'en' });
  });

  it('forgets the partner token when the connection changes, not otherwise', async () => {
    const token = { accessToken: 'a', expiresAt: Date.now() + 60_000, audience: 'x' };
    await partnerTokenItem.setValue(token);
    await updateUserSettings({ values: { agentName: 'G. Noir' } });
    expect(await partnerTokenItem.getValue()).toEqual(token);
    await updateUserSettings({ values: { partnerClientId: 'new' } });
    expect(await partnerTokenItem.getValue()).toBeNull();
  });
});
