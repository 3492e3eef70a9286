// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveSettings, SETTING_KEYS, settingSchemas } from './settings';

const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));

interface SchemaNode {
  type?: string;
  title?: string;
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: unknown;
}

const CHROME_ID = 'elangemhemgkbajjllcmdnnfleoelhfk';
const GECKO_ID = 'guichet-emploi@guichet-emploi.fr';

describe('public/managed_schema.json (Chrome storage.managed_schema)', () => {
  const schema = read('public/managed_schema.json') as SchemaNode;

  it('has no top-level additionalProperties (Chromium refuses to load the extension)', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
  });

  it('declares exactly the keys of the settings model, each with a type and a title', () => {
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual([...SETTING_KEYS].sort());
    for (const [key, node] of Object.entries(schema.properties ?? {})) {
      expect(node.title, key).toBeTruthy();
      expect(['string', 'integer', 'array'], key).toContain(node.type);
      if (node.type === 'array') expect(node.items?.type, key).toBe('string');
    }
  });

  it('types each key as the settings model does, so Chrome drops no value the extension accepts', () => {
    const arrays = ['verificationModes', 'statusFields', 'motifs', 'departements'];
    const integers = ['journalRetentionDays', 'resultClearMinutes'];
    const sample = { string: 'x', integer: 5, array: ['x'] } as const;
    for (const [key, node] of Object.entries(schema.properties ?? {})) {
      const expected = arrays.includes(key) ? 'array' : integers.includes(key) ? 'integer' : 'string';
      expect(node.type, key).toBe(expected);
      // A value of the declared type is not refused for its type by the model.
      const issues = settingSchemas[key as keyof typeof settingSchemas].safeParse(sample[expected]).error
        ?.issues;
      expect(
        issues?.filter((issue) => issue.code === 'invalid_type' && issue.path.length === 0) ?? [],
        key,
      ).toEqual([]);
    }
  });
});

describe('docs/policy examples', () => {
  it('the Firefox policies.json example holds only valid keys', () => {
    const policies = read('docs/policy/firefox-policies.json') as {
      policies: { '3rdparty': { Extensions: Record<string, unknown> } };
    };
    const policy = policies.policies['3rdparty'].Extensions[GECKO_ID];
    expect(policy).toBeDefined();
    const { warnings, locked } = resolveSettings({ policy });
    expect(warnings).toEqual([]);
    expect(locked).toContain('gatewayUrl');
  });

  it('the Chrome (Linux) policy example holds only valid keys', () => {
    const file = read('docs/policy/chrome-linux-policy.json') as {
      '3rdparty': { extensions: Record<string, unknown> };
    };
    const policy = file['3rdparty'].extensions[CHROME_ID];
    expect(policy).toBeDefined();
    expect(resolveSettings({ policy }).warnings).toEqual([]);
  });

  it('the README documents every key', () => {
    const readme = readFileSync(new URL('../../../docs/policy/README.md', import.meta.url), 'utf8');
    for (const key of SETTING_KEYS) expect(readme, key).toMatch(new RegExp(`^\\| +\`${key}\` +\\|`, 'm'));
  });
});
