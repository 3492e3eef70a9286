import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testEnv } from '../../test/secrets';
import { CONFIG_SCHEMA_PATH, configJsonSchemaText } from './json-schema';
import { ConfigError, loadConfigFile, validateConfig } from './load';

const DEMO = 'gateway/config/demo.json';
const demo = (): Record<string, unknown> => JSON.parse(readFileSync(DEMO, 'utf8')) as Record<string, unknown>;

function problemsOf(input: unknown, env: Record<string, string> = testEnv()) {
  try {
    validateConfig(input, { file: 'test.json', env, baseDir: '/srv/gateway' });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('gateway configuration', () => {
  it('accepts the demo configuration and applies the defaults', () => {
    const { config, secrets } = loadConfigFile(DEMO, testEnv());
    expect(config.organisations.map((o) => [o.id, o.siret, o.requiresTwoFactor])).toEqual([
      ['ville-de-riom', '21630300400016', false],
      ['ccas-clermont-ferrand', '26630113000016', true],
    ]);
    expect(config.tokens).toEqual({ accessTokenSeconds: 300, refreshTokenMaxSeconds: 28800 });
    expect(config.database).toEqual({
      kind: 'pglite',
      dataDir: join(process.cwd(), 'gateway/.data/demo-pglite'),
    });
    expect(secrets.get(config.proconnect.clientSecret)).toBe('simulateur-proconnect');
    expect(JSON.stringify({ secrets })).toBe('{"secrets":"[secrets]"}');
  });

  it('lists every problem of a wrong file, with key, expectation and what was found', () => {
    const input = demo();
    input.publicUrl = 'http://passerelle.example.fr';
    input.colour = 'blue';
    delete input.extension;
    const [riom, ccas] = input.organisations as Array<Record<string, unknown>>;
    riom!.siret = '21630300400017';
    (ccas!.admission as Record<string, unknown>).sirets = ['21630300400016'];
    ccas!.credentials = {
      franceTravailPartner: { clientId: 'x', clientSecret: { env: 'FRANCE_TRAVAIL_CLIENT_SECRET' } },
    };
    input.database = { kind: 'sqlite' };

    const problems = problemsOf(input);
    expect(problems.map((p) => p.key)).toEqual([
      'publicUrl',
      'database.kind',
      'extension',
      'organisations[0].siret',
      'organisations[1].credentials.apiParticulierToken',
      '(the whole file)',
      'organisations[1].admission.sirets[0]',
    ]);
    expect(problems[0]).toEqual({
      key: 'publicUrl',
      expected: 'an https URL (http only on 127.0.0.1 or localhost)',
      found: '"http://passerelle.example.fr"',
    });
    expect(problems[1]).toMatchObject({ expected: '"kind" one of "pglite", "postgres"', found: '"sqlite"' });
    expect(problems[2]).toMatchObject({ expected: 'an object', found: 'nothing (the key is missing)' });
    expect(problems[3]).toMatchObject({
      expected: '14 digits with a valid Luhn key (a SIRET)',
      found: '"21630300400017"',
    });
    expect(problems[5]).toMatchObject({ found: 'the key(s) colour' });
  });

  it('lists missing secrets with the variable to set, and never shows a secret written in the file', () => {
    const input = demo();
    (input.proconnect as Record<string, unknown>).clientSecret = 'a-secret-that-must-not-be-printed';
    const env = testEnv();
    delete env.RIOM_API_PARTICULIER_TOKEN;
    delete env.GATEWAY_COOKIE_KEYS;
    const problems = problemsOf(input, env);
    expect(problems).toEqual([
      { key: 'proconnect.clientSecret', expected: 'an object', found: 'a string of 33 character(s)' },
      {
        key: 'keys.cookies',
        expected:
          'the secret in the environment variable GATEWAY_COOKIE_KEYS (or a file path in GATEWAY_COOKIE_KEYS_FILE)',
        found: 'neither GATEWAY_COOKIE_KEYS nor GATEWAY_COOKIE_KEYS_FILE is set',
      },
      {
        key: 'organisations[0].credentials.apiParticulierToken',
        expected:
          'the secret in the environment variable RIOM_API_PARTICULIER_TOKEN (or a file path in RIOM_API_PARTICULIER_TOKEN_FILE)',
        found: 'neither RIOM_API_PARTICULIER_TOKEN nor RIOM_API_PARTICULIER_TOKEN_FILE is set',
      },
    ]);
    expect(JSON.stringify(problems)).not.toContain('must-not-be-printed');
  });

  it('reads a secret from NAME_FILE, and refuses NAME and NAME_FILE together or an unreadable file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateway-secret-'));
    writeFileSync(join(dir, 'secret'), 'from-a-file\n');
    const env = testEnv();
    delete env.PROCONNECT_CLIENT_SECRET;
    const { config, secrets } = validateConfig(demo(), {
      file: 'test.json',
      env: { ...env, PROCONNECT_CLIENT_SECRET_FILE: join(dir, 'secret') },
      baseDir: dir,
    });
    expect(secrets.get(config.proconnect.clientSecret)).toBe('from-a-file');

    expect(
      problemsOf(demo(), { ...testEnv(), PROCONNECT_CLIENT_SECRET_FILE: join(dir, 'secret') }).map(
        (p) => p.found,
      ),
    ).toEqual(['both PROCONNECT_CLIENT_SECRET and PROCONNECT_CLIENT_SECRET_FILE are set']);
    expect(
      problemsOf(demo(), { ...env, PROCONNECT_CLIENT_SECRET_FILE: join(dir, 'missing') })[0]?.found,
    ).toBe('the file in PROCONNECT_CLIENT_SECRET_FILE cannot be read (ENOENT)');
  });

  it('checks the keys’ shapes without printing them', () => {
    const problems = problemsOf(
      demo(),
      testEnv({ GATEWAY_SIGNING_KEY: '{"kty":"oct","k":"c2VjcmV0"}', GATEWAY_COOKIE_KEYS: 'short' }),
    );
    expect(problems.map((p) => p.key)).toEqual(['keys.signing', 'keys.cookies']);
    expect(JSON.stringify(problems)).not.toContain('c2VjcmV0');
    expect(JSON.stringify(problems)).not.toContain('short"');
  });

  it('reports invalid JSON by position without quoting the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateway-config-'));
    const file = join(dir, 'config.json');
    writeFileSync(file, '{\n  "publicUrl": "http://127.0.0.1:8788"\n  "listen": {}\n}\n');
    expect(() => loadConfigFile(file, testEnv())).toThrowError(ConfigError);
    try {
      loadConfigFile(file, testEnv());
    } catch (error) {
      const { problems, message } = error as ConfigError;
      expect(problems).toEqual([
        { key: '(the whole file)', expected: 'a JSON document', found: 'invalid JSON at line 3, column 3' },
      ]);
      expect(message).toContain('invalid JSON at line 3');
    }
    writeFileSync(file, '{\n  "secret": hunter2\n}\n');
    try {
      loadConfigFile(file, testEnv());
    } catch (error) {
      const { problems, message } = error as ConfigError;
      expect(problems).toEqual([
        { key: '(the whole file)', expected: 'a JSON document', found: 'invalid JSON' },
      ]);
      expect(message).not.toContain('hunter2');
    }
  });

  it('publishes the JSON Schema generated from the zod schema (npm run gateway:schema rewrites it)', () => {
    expect(readFileSync(CONFIG_SCHEMA_PATH, 'utf8')).toBe(configJsonSchemaText());
  });
});
