import { describe, expect, it } from 'vitest';
import { resolveEndpoints, simulatorPreset, SIMULATOR_DEMO_CREDENTIALS } from './endpoints';
import {
  CONNECTION_KEYS,
  DEFAULT_SETTINGS,
  RETIRED_KEY_NAMES,
  SETTING_KEYS,
  SIMULATOR_DEFAULT_URL,
  isValidSiret,
  resolveSettings,
  settingSchemas,
  type SettingKey,
} from './settings';

/** One valid and one invalid value per key, with what the valid one becomes once parsed. */
const CASES: Record<SettingKey, { valid: unknown; parsed?: unknown; invalid: unknown[] }> = {
  environment: { valid: 'production', invalid: ['prod', 'Production', 3] },
  simulatorUrl: {
    valid: 'http://localhost:8787/',
    parsed: 'http://localhost:8787',
    invalid: ['ftp://x', '127.0.0.1:8787', 'http://user:pass@127.0.0.1', 'http://192.168.1.20:8787'],
  },
  gatewayUrl: {
    valid: 'https://passerelle.ville-riom.fr/',
    parsed: 'https://passerelle.ville-riom.fr',
    invalid: ['http://passerelle.ville-riom.fr', 'https://agent:mdp@passerelle.ville-riom.fr'],
  },
  verificationModes: {
    valid: ['identifiant', 'franceconnect', 'identifiant'],
    parsed: ['franceconnect', 'identifiant'],
    invalid: [[], ['sms'], 'identifiant'],
  },
  statusFields: {
    valid: ['inscription', 'identite'],
    parsed: ['identite', 'inscription'],
    invalid: [[], ['identite', 'revenus'], 'identite'],
  },
  motifs: {
    valid: [' RSA ', 'RSA', 'Logement social'],
    parsed: ['RSA', 'Logement social'],
    invalid: [[], [''], ['x'.repeat(121)], 'RSA'],
  },
  agentName: { valid: 'Service RSA — Mme Durand', invalid: ['', 'x'.repeat(121)] },
  departements: {
    valid: ['63', '2a', '1', '971', '63'],
    parsed: ['63', '2A', '01', '971'],
    invalid: [['20'], ['975'], ['Puy-de-Dôme'], '63'],
  },
  journalRetentionDays: { valid: '90', parsed: 90, invalid: [0, 3651, 1.5, '90 jours', -1] },
  resultClearMinutes: { valid: 10, invalid: [0, 121, '5min'] },
  language: { valid: 'en', invalid: ['de', 'FR'] },
};

describe('settingSchemas, key by key', () => {
  it('covers every key of the model', () => {
    expect(Object.keys(CASES).sort()).toEqual([...SETTING_KEYS].sort());
  });

  for (const key of SETTING_KEYS) {
    const { valid, parsed, invalid } = CASES[key];
    it(`${key}: accepts ${JSON.stringify(valid).slice(0, 60)}`, () => {
      const result = settingSchemas[key].safeParse(valid);
      expect(result.success).toBe(true);
      expect(result.data).toEqual(parsed ?? valid);
    });
    it.each(invalid.map((value) => [JSON.stringify(value).slice(0, 60), value]))(
      `${key}: rejects %s`,
      (_label, value) => {
        expect(settingSchemas[key].safeParse(value).success).toBe(false);
      },
    );
  }
});

describe('isValidSiret', () => {
  // 35600000000048 is La Poste's head office (Luhn); its other establishments use a digit sum.
  it.each(['13002526500013', '73282932000074', '35600000000048', '35600000000105'])('accepts %s', (siret) => {
    expect(isValidSiret(siret)).toBe(true);
  });
  it.each(['13002526500012', '1300252650001', '1300252650001A', '', '35600000000106'])(
    'rejects %j',
    (siret) => {
      expect(isValidSiret(siret)).toBe(false);
    },
  );
});

describe('resolveSettings: precedence policy > user > defaults', () => {
  it('gives the built-in defaults without any source: the local simulator', () => {
    const { settings, sources, warnings, locked } = resolveSettings({});
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.environment).toBe('simulator');
    expect(settings.simulatorUrl).toBe(SIMULATOR_DEFAULT_URL);
    expect(settings.journalRetentionDays).toBe(180);
    expect(settings.resultClearMinutes).toBe(5);
    expect(new Set(Object.values(sources))).toEqual(new Set(['default']));
    expect(warnings).toEqual([]);
    expect(locked).toEqual([]);
  });

  it('lets the agent override a default', () => {
    const { settings, sources } = resolveSettings({ user: { journalRetentionDays: 30, language: 'en' } });
    expect(settings.journalRetentionDays).toBe(30);
    expect(settings.language).toBe('en');
    expect(sources.journalRetentionDays).toBe('user');
    expect(sources.resultClearMinutes).toBe('default');
  });

  it('lets the policy override the agent, and locks what it sets', () => {
    const { settings, sources, locked } = resolveSettings({
      policy: { journalRetentionDays: 365, statusFields: ['inscription'] },
      user: { journalRetentionDays: 30, statusFields: ['identite', 'contact'], agentName: 'A. Martin' },
    });
    expect(settings.journalRetentionDays).toBe(365);
    expect(settings.statusFields).toEqual(['inscription']);
    expect(settings.agentName).toBe('A. Martin');
    expect(sources).toMatchObject({
      journalRetentionDays: 'policy',
      statusFields: 'policy',
      agentName: 'user',
    });
    expect(locked).toEqual(['statusFields', 'journalRetentionDays']);
  });

  it('applies every key of the policy contract, each one winning over the agent', () => {
    const policy = Object.fromEntries(SETTING_KEYS.map((key) => [key, CASES[key].valid]));
    const user = { environment: 'sandbox', agentName: 'Someone else', language: 'fr' };
    const { settings, sources, warnings, locked } = resolveSettings({ policy, user });
    expect(warnings).toEqual([]);
    for (const key of SETTING_KEYS) {
      expect(settings[key], key).toEqual(CASES[key].parsed ?? CASES[key].valid);
      expect(sources[key], key).toBe('policy');
    }
    expect(locked).toEqual(SETTING_KEYS);
  });

  it('ignores an invalid policy value with a warning naming the key; the next source applies', () => {
    const { settings, sources, warnings, locked } = resolveSettings({
      policy: {
        journalRetentionDays: 'forever',
        agentName: 'x'.repeat(121),
        statusFields: ['identite'],
      },
      user: { journalRetentionDays: 60 },
    });
    expect(settings.journalRetentionDays).toBe(60);
    expect(sources.journalRetentionDays).toBe('user');
    expect(settings.agentName).toBeUndefined();
    expect(settings.statusFields).toEqual(['identite']);
    expect(warnings).toEqual([
      { key: 'journalRetentionDays', source: 'policy', reason: 'invalid-value' },
      { key: 'agentName', source: 'policy', reason: 'invalid-value' },
    ]);
    expect(locked).toEqual(['statusFields']);
  });

  it('warns about unknown policy keys (typos) but not about stale keys of the agent', () => {
    const { warnings } = resolveSettings({
      policy: { enviroment: 'production' },
      user: { removedLongAgo: true },
    });
    expect(warnings).toEqual([{ key: 'enviroment', source: 'policy', reason: 'unknown-key' }]);
  });

  it('reports an invalid stored value of the agent and falls back to the default', () => {
    const { settings, warnings } = resolveSettings({ user: { resultClearMinutes: 0 } });
    expect(settings.resultClearMinutes).toBe(5);
    expect(warnings).toEqual([{ key: 'resultClearMinutes', source: 'user', reason: 'invalid-value' }]);
  });

  it('treats null and empty strings in a policy as "not set"', () => {
    const { settings, warnings, locked } = resolveSettings({
      policy: { agentName: '', environment: null, gatewayUrl: '  ' },
      user: { agentName: 'B. Leroy' },
    });
    expect(settings.agentName).toBe('B. Leroy');
    expect(warnings).toEqual([]);
    expect(locked).toEqual([]);
  });

  it.each([null, 'policy', 42, ['environment'], undefined])('treats a policy of %j as empty', (policy) => {
    const { settings, warnings } = resolveSettings({ policy, user: { language: 'en' } });
    expect(settings.language).toBe('en');
    expect(warnings).toEqual([]);
  });

  it('does not read inherited keys as settings', () => {
    const policy = Object.create({ environment: 'production' }) as Record<string, unknown>;
    expect(resolveSettings({ policy }).settings.environment).toBe('simulator');
  });
});

describe('resolveSettings: the connection is locked as a whole', () => {
  it('ignores every connection value of the agent once the policy sets one of them', () => {
    const { settings, sources, locked } = resolveSettings({
      policy: { gatewayUrl: 'https://passerelle.ville.fr' },
      user: { environment: 'simulator', simulatorUrl: 'http://127.0.0.1:9999', agentName: 'C. Petit' },
    });
    expect(settings.environment).toBe('production');
    expect(settings.simulatorUrl).toBe(SIMULATOR_DEFAULT_URL);
    expect(sources.simulatorUrl).toBe('default');
    expect(settings.agentName).toBe('C. Petit');
    expect(locked).toEqual([...CONNECTION_KEYS]);
  });

  it('leaves the connection to the agent’s storage when the policy sets none of it', () => {
    const { settings, locked } = resolveSettings({
      policy: { motifs: ['RSA'] },
      user: { environment: 'sandbox', gatewayUrl: 'https://passerelle.ville.fr' },
    });
    expect(settings.environment).toBe('sandbox');
    expect(settings.gatewayUrl).toBe('https://passerelle.ville.fr');
    expect(locked).toEqual(['motifs']);
  });
});

describe('resolveSettings: retired keys (upstream secrets, addresses and client ids)', () => {
  const RETIRED_VALUES: Record<string, string> = {
    partnerClientSecret: 'real-secret',
    franceConnectClientSecret: 'real-fc-secret',
    apiParticulierToken: 'real-token',
    eventsApiUrl: 'https://api.francetravail.io/partenaire/evenements/v1',
    partnerTokenUrl: 'https://entreprise.francetravail.fr/connexion/oauth2/access_token?realm=/partenaire',
    franceConnectIssuer: 'https://oidc.franceconnect.gouv.fr/api/v2',
    statusApiUrl: 'https://api.francetravail.io/partenaire/fc-statutaugmente/v1/statut',
    apiParticulierUrl: 'https://particulier.api.gouv.fr',
    partnerClientId: 'real-client',
    franceConnectClientId: 'real-fc-client',
    recipientSiret: '13002526500013',
  };

  it('lists every key that was a setting and no key that still is', () => {
    expect([...RETIRED_KEY_NAMES].sort()).toEqual(Object.keys(RETIRED_VALUES).sort());
    for (const key of RETIRED_KEY_NAMES) expect(SETTING_KEYS as readonly string[]).not.toContain(key);
  });

  it('ignores each one set by a policy, with a warning naming it and saying why', () => {
    const { settings, warnings } = resolveSettings({
      policy: { environment: 'production', gatewayUrl: 'https://passerelle.ville.fr', ...RETIRED_VALUES },
    });
    expect(warnings).toEqual(
      RETIRED_KEY_NAMES.map((key) => ({
        key,
        source: 'policy',
        reason:
          key.endsWith('Secret') || key === 'apiParticulierToken'
            ? 'secret-belongs-on-gateway'
            : 'connection-key-retired',
      })),
    );
    expect(JSON.stringify(settings)).not.toContain('real-');
    expect(JSON.stringify(settings)).not.toContain('13002526500013');
  });

  it('ignores each one left in the agent’s storage by an older version, with a warning', () => {
    const { settings, warnings } = resolveSettings({
      user: { partnerClientId: 'old', eventsApiUrl: 'https://x.fr' },
    });
    expect(warnings).toEqual([
      { key: 'partnerClientId', source: 'user', reason: 'connection-key-retired' },
      { key: 'eventsApiUrl', source: 'user', reason: 'connection-key-retired' },
    ]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  it('reads a policy setting only a retired connection key as a real deployment, never the simulator', () => {
    const { settings, warnings } = resolveSettings({ policy: { partnerClientId: 'real-client' } });
    expect(settings.environment).toBe('production');
    expect(warnings).toContainEqual({ key: 'environment', source: 'policy', reason: 'environment-missing' });
  });
});

describe('resolveEndpoints', () => {
  it('points everything at the simulator by default, with its public demo credentials', () => {
    const endpoints = resolveEndpoints(DEFAULT_SETTINGS);
    expect(endpoints).toEqual({ environment: 'simulator', ...simulatorPreset(SIMULATOR_DEFAULT_URL) });
    expect(endpoints.partnerClientSecret).toBe(SIMULATOR_DEMO_CREDENTIALS.partnerClientSecret);
    expect(endpoints.eventsApiUrl).toBe('http://127.0.0.1:8787/partenaire/evenements/v1');
  });

  it('lays nothing configured over the simulator’s demo values (no real credential reaches 127.0.0.1)', () => {
    const { settings } = resolveSettings({
      user: {
        partnerClientId: 'real-client',
        recipientSiret: '73282932000074',
        eventsApiUrl: 'https://api.francetravail.io/partenaire/evenements/v1',
      },
    });
    expect(resolveEndpoints(settings)).toEqual({
      environment: 'simulator',
      ...simulatorPreset(SIMULATOR_DEFAULT_URL),
    });
  });

  it('refuses a simulator that is not on this machine', () => {
    const { settings, warnings } = resolveSettings({
      user: { simulatorUrl: 'https://simulateur.example.fr' },
    });
    expect(settings.simulatorUrl).toBe(SIMULATOR_DEFAULT_URL);
    expect(warnings).toEqual([{ key: 'simulatorUrl', source: 'user', reason: 'invalid-value' }]);
  });

  it('follows a moved simulator', () => {
    const { settings } = resolveSettings({ user: { simulatorUrl: 'http://127.0.0.1:40123/' } });
    expect(resolveEndpoints(settings).statusApiUrl).toBe(
      'http://127.0.0.1:40123/partenaire/fc-statutaugmente/v1/statut',
    );
  });

  it('names the production hosts without any credential (the gateway holds them)', () => {
    const endpoints = resolveEndpoints(resolveSettings({ policy: { environment: 'production' } }).settings);
    expect(endpoints.franceConnectIssuer).toBe('https://oidc.franceconnect.gouv.fr/api/v2');
    expect(endpoints.apiParticulierUrl).toBe('https://particulier.api.gouv.fr');
    expect(endpoints.partnerClientId).toBeUndefined();
    expect(endpoints.partnerClientSecret).toBeUndefined();
    expect(endpoints.apiParticulierToken).toBeUndefined();
    expect(endpoints.recipientSiret).toBeUndefined();
  });
});
