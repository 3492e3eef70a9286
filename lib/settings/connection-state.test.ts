import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { REAL_PRESETS, simulatorPreset, type Endpoints } from './core/endpoints';
import { partnerTokenItem } from '../platform/storage/items';
import { configuredServices, connectionState } from './connection-state';

beforeEach(() => fakeBrowser.reset());

describe('connection state', () => {
  it('says which services have their credentials, without showing them', async () => {
    const simulator: Endpoints = { environment: 'simulator', ...simulatorPreset('http://127.0.0.1:8787') };
    expect(configuredServices(simulator)).toEqual({
      events: true,
      franceconnect: true,
      'api-particulier': true,
    });
    const production: Endpoints = { environment: 'production', ...REAL_PRESETS.production };
    expect(configuredServices(production)).toEqual({
      events: false,
      franceconnect: false,
      'api-particulier': false,
    });

    const state = await connectionState(simulator, 1_000);
    expect(state).toEqual({
      environment: 'simulator',
      configured: { events: true, franceconnect: true, 'api-particulier': true },
      partnerTokenHeld: false,
    });
    expect(JSON.stringify(state)).not.toContain('simulateur');
  });

  it('reports a held partner token only while it is valid', async () => {
    const endpoints: Endpoints = { environment: 'simulator', ...simulatorPreset('http://127.0.0.1:8787') };
    await partnerTokenItem.setValue({ accessToken: 'secret-token', expiresAt: 5_000, audience: 'a' });
    expect((await connectionState(endpoints, 1_000)).partnerTokenHeld).toBe(true);
    expect((await connectionState(endpoints, 6_000)).partnerTokenHeld).toBe(false);
  });
});
