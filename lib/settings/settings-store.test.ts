import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { userSettingsItem } from '../platform/storage/items';
import {
  loadEndpoints,
  purgeRetiredKeys,
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

  it('gives the endpoints of the policy’s environment, without any upstream credential', async () => {
    await fakeBrowser.storage.managed.set({
      environment: 'sandbox',
      apiParticulierToken: 'org-token',
      partnerClientId: 'org-client',
      apiParticulierUrl: 'https://elsewhere.example.fr',
    });
    const endpoints = await loadEndpoints();
    expect(endpoints.environment).toBe('sandbox');
    expect(endpoints.apiParticulierUrl).toBe('https://staging.particulier.api.gouv.fr');
    // Secrets belong on the gateway, addresses and client ids are not settings: all ignored.
    expect(endpoints.apiParticulierToken).toBeUndefined();
    expect(endpoints.partnerClientId).toBeUndefined();
    const { warnings } = await loadSettings();
    expect(warnings.map(({ key, reason }) => `${key}:${reason}`)).toEqual([
      'apiParticulierToken:secret-belongs-on-gateway',
      'partnerClientId:connection-key-retired',
      'apiParticulierUrl:connection-key-retired',
    ]);
  });

  it('erases the upstream secrets, addresses and client ids an older version kept in storage', async () => {
    await fakeBrowser.storage.local.set({
      userSettings: {
        partnerClientSecret: 'old',
        apiParticulierToken: 'tok',
        eventsApiUrl: 'https://x.example/v1',
        partnerClientId: 'id',
        recipientSiret: '13002526500013',
        language: 'en',
      },
    });
    expect(await purgeRetiredKeys()).toEqual([
      'partnerClientSecret',
      'apiParticulierToken',
      'eventsApiUrl',
      'partnerClientId',
      'recipientSiret',
    ]);
    expect(await userSettingsItem.getValue()).toEqual({ language: 'en' });
    expect(await purgeRetiredKeys()).toEqual([]);
  });
});

describe('updateUserSettings', () => {
  it('stores parsed values in storage.local and nowhere else', async () => {
    const result = await updateUserSettings({ values: { language: 'en', departements: ['2a'] } });
    expect(result.ok).toBe(true);
    expect(await userSettingsItem.getValue()).toEqual({ language: 'en', departements: ['2A'] });
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  it('refuses any key that is not the agent’s own (the connection above all), storing nothing', async () => {
    for (const values of [
      { gatewayUrl: 'https://attacker.example' },
      { environment: 'simulator' },
      { motifs: ['Autre'], language: 'en' },
      { agentName: 'E. Roux' },
    ]) {
      const result = await updateUserSettings({ values });
      expect(result.ok || result.error.code, JSON.stringify(values)).toBe('forbidden');
    }
    const cleared = await updateUserSettings({ values: {}, clear: ['simulatorUrl'] });
    expect(cleared.ok || cleared.error.code).toBe('forbidden');
    expect(await userSettingsItem.getValue()).toEqual({});
  });

  it('refuses the whole change when one key is fixed by policy', async () => {
    await fakeBrowser.storage.managed.set({ departements: ['63'] });
    const result = await updateUserSettings({ values: { departements: ['03'], language: 'en' } });
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', detail: "Set by the organisation's policy: departements" },
    });
    expect(await userSettingsItem.getValue()).toEqual({});
  });

  it('refuses invalid values, naming the keys but never the values', async () => {
    const result = await updateUserSettings({ values: { departements: ['20'], language: 'de' } });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_request', detail: 'Invalid values for: departements, language' },
    });
    expect(await userSettingsItem.getValue()).toEqual({});
  });

  it('clears keys (explicitly or with a blank value) back to the default', async () => {
    await userSettingsItem.setValue({ departements: ['63'], language: 'en', agentName: 'F. Blanc' });
    const result = await updateUserSettings({ values: { language: '' }, clear: ['departements'] });
    expect(result.ok && result.value.sources.language).toBe('default');
    expect(await userSettingsItem.getValue()).toEqual({ agentName: 'F. Blanc' });
  });
});
