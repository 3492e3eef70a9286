import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../settings/core/settings';
import { backendKind, createSelectingBackend } from './select-backend';
import type { Backend } from './handlers/backend';

describe('which backend the settings call for', () => {
  it('is direct only for the simulator on a loopback address', () => {
    expect(backendKind({ environment: 'simulator', simulatorUrl: 'http://127.0.0.1:8787' })).toBe('direct');
    expect(backendKind({ environment: 'simulator', simulatorUrl: 'http://[::1]:8787' })).toBe('direct');
    expect(backendKind({ environment: 'simulator', simulatorUrl: 'https://simulateur.example.fr' })).toBe(
      'gateway',
    );
    expect(backendKind({ environment: 'production', simulatorUrl: 'http://127.0.0.1:8787' })).toBe('gateway');
    expect(backendKind({ environment: 'sandbox', simulatorUrl: 'http://127.0.0.1:8787' })).toBe('gateway');
  });

  it('never takes a policy without a valid environment for the simulator', () => {
    const missing = resolveSettings({ policy: { gatewayUrl: 'https://passerelle.ville.fr' } });
    expect(missing.settings.environment).toBe('production');
    expect(backendKind(missing.settings)).toBe('gateway');
    expect(missing.warnings).toContainEqual({
      key: 'environment',
      source: 'policy',
      reason: 'environment-missing',
    });

    const mistyped = resolveSettings({
      policy: { environment: 'prodution', partnerClientId: 'real-client' },
    });
    expect(mistyped.settings.environment).toBe('production');
    expect(backendKind(mistyped.settings)).toBe('gateway');
  });

  it('keeps the simulator default when no policy configures the connection', () => {
    expect(resolveSettings({ policy: { language: 'en' } }).settings.environment).toBe('simulator');
    expect(resolveSettings({}).settings.environment).toBe('simulator');
  });

  it('ignores an upstream secret set by policy, naming the key', () => {
    const resolved = resolveSettings({
      policy: {
        environment: 'production',
        gatewayUrl: 'https://gw.example.fr',
        partnerClientSecret: 's3cr3t',
      },
    });
    expect(resolved.warnings).toEqual([
      { key: 'partnerClientSecret', source: 'policy', reason: 'secret-belongs-on-gateway' },
    ]);
    expect(JSON.stringify(resolved)).not.toContain('s3cr3t');
  });

  it('asks the backend of the settings in force, each time', async () => {
    let environment: 'simulator' | 'production' = 'simulator';
    const made: string[] = [];
    const fake = (name: string): Backend =>
      ({
        settings: async () => resolveSettings({}).settings,
        journal: { list: async () => [{ id: name }], findByIdentifier: async () => [] },
      }) as unknown as Backend;
    const backend = createSelectingBackend({
      direct: () => (made.push('direct'), fake('direct')),
      gateway: (url) => (made.push(`gateway ${url}`), fake('gateway')),
      localSettings: async () => ({
        ...resolveSettings({}).settings,
        environment,
        gatewayUrl: 'https://gw.example.fr',
      }),
    });
    expect(await backend.journal.list({}, 'mine')).toEqual([{ id: 'direct' }]);
    environment = 'production';
    expect(await backend.journal.list({}, 'mine')).toEqual([{ id: 'gateway' }]);
    expect(await backend.journal.list({}, 'mine')).toEqual([{ id: 'gateway' }]);
    expect(made).toEqual(['direct', 'gateway https://gw.example.fr']);
  });
});
