import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test/databases';
import { createTestDatabase } from '../../test/databases';
import { testConfigDocument } from '../../test/harness';
import { testEnv } from '../../test/secrets';

const dir = mkdtempSync(join(tmpdir(), 'gateway-cli-'));

function run(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['gateway/dist/main.mjs', ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writeConfig(name: string, document: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(document));
  return file;
}

describe('the production build’s commands', () => {
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase('postgres');
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it('prints its usage, and refuses an unknown command or a missing --config', () => {
    expect(run(['--help'], {})).toMatchObject({ status: 0, stdout: expect.stringContaining('serve') });
    expect(run(['launch', '--config', 'x.json'], {})).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('Unknown command'),
    });
    expect(run(['serve'], {})).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--config FILE is required'),
    });
  });

  it('checks a configuration and lists every problem of a wrong one (exit 2)', () => {
    const document = testConfigDocument({
      port: 8788,
      simulatorUrl: 'http://127.0.0.1:8787',
      database: testDb,
    });
    const env: Record<string, string> = { ...testEnv(), GATEWAY_DATABASE_URL: testDb.url! };
    expect(run(['check', '--config', writeConfig('good.json', document)], env)).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('valid (2 organisation(s))'),
    });

    const wrong = structuredClone(document) as Record<string, unknown> & {
      organisations: Array<Record<string, unknown>>;
    };
    wrong.organisations[0]!.siret = '123';
    wrong.listen = { port: 'eighty' };
    const withoutSecret = { ...env };
    delete withoutSecret.PROCONNECT_CLIENT_SECRET;
    const answer = run(['serve', '--config', writeConfig('wrong.json', wrong)], withoutSecret);
    expect(answer.status).toBe(2);
    expect(answer.stderr).toContain('has 4 problem(s)');
    expect(answer.stderr).toContain('- listen.port: expected a number; found "eighty"');
    expect(answer.stderr).toContain('- organisations[0].siret: expected 14 digits (a SIRET); found "123"');
    expect(answer.stderr).toContain(
      '- organisations[0].siret: expected 14 digits with a valid Luhn key (a SIRET); found "123"',
    );
    expect(answer.stderr).toContain(
      '- proconnect.clientSecret: expected the secret in the environment variable PROCONNECT_CLIENT_SECRET',
    );
  });

  it('applies the migrations on their own, once', () => {
    const document = testConfigDocument({
      port: 8788,
      simulatorUrl: 'http://127.0.0.1:8787',
      database: testDb,
    });
    const file = writeConfig('migrate.json', document);
    const env: Record<string, string> = { ...testEnv(), GATEWAY_DATABASE_URL: testDb.url! };
    const first = run(['migrate', '--config', file], env);
    expect(first).toMatchObject({ status: 0, stdout: expect.stringContaining('Applied: 0001-initial') });
    expect(first.stdout).not.toContain(testDb.url!);
    expect(run(['migrate', '--config', file], env)).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('Up to date'),
    });
  });
});
