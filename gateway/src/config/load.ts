/**
 * Reads the configuration file, validates it, loads the secrets it names, and checks the
 * secrets' shapes. Every problem is collected, so that one start lists all of them.
 */
import { createPrivateKey } from 'node:crypto';
import type { JsonWebKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { crossOrganisationProblems } from './cross-checks';
import type { ConfigProblem } from './problems';
import { formatProblems, problemsFromZod } from './problems';
import type { GatewayConfig } from './schema';
import { gatewayConfigSchema } from './schema';
import type { Environment } from './secrets';
import type { Secrets } from './secrets';
import { loadSecrets } from './secrets';

export interface LoadedConfig {
  /** Absolute path of the file (or a label for in-memory configurations). */
  file: string;
  config: GatewayConfig;
  secrets: Secrets;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ConfigProblem[],
  ) {
    super(formatProblems(file, problems));
    this.name = 'ConfigError';
  }
}

/** JSON.parse's message may quote the file's text (a secret pasted by mistake): keep its position only. */
function jsonProblem(text: string, error: unknown): ConfigProblem {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message)?.[1];
  let where = '';
  if (position !== undefined) {
    const before = text.slice(0, Number(position));
    const line = before.split('\n').length;
    const column = Number(position) - before.lastIndexOf('\n');
    where = ` at line ${line}, column ${column}`;
  }
  return { key: '(the whole file)', expected: 'a JSON document', found: `invalid JSON${where}` };
}

function keyProblems(config: GatewayConfig, secrets: Secrets): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  try {
    const jwk: unknown = JSON.parse(secrets.get(config.keys.signing));
    const key = createPrivateKey({ key: jwk as JsonWebKey, format: 'jwk' });
    const type = key.asymmetricKeyType;
    if (type !== 'ec' && type !== 'rsa') throw new Error('type');
  } catch {
    problems.push({
      key: 'keys.signing',
      expected: `a private JWK in JSON (EC P-256 or RSA) in ${config.keys.signing.env}`,
      found: 'something else (the value is not shown)',
    });
  }
  const cookieKeys = secrets
    .get(config.keys.cookies)
    .split(',')
    .map((key) => key.trim());
  if (cookieKeys.some((key) => key.length < 32)) {
    problems.push({
      key: 'keys.cookies',
      expected: `comma-separated random strings of at least 32 characters in ${config.keys.cookies.env}`,
      found: `${cookieKeys.length} key(s), some shorter (the values are not shown)`,
    });
  }
  return problems;
}

/** Validates a configuration document (already parsed JSON). Relative paths resolve from `baseDir`. */
export function validateConfig(
  input: unknown,
  options: { file: string; env: Environment; baseDir: string },
): LoadedConfig {
  const parsed = gatewayConfigSchema.safeParse(input);
  const problems = parsed.success ? [] : problemsFromZod(parsed.error, input);
  problems.push(...crossOrganisationProblems(input));
  // Secrets are looked up even when the file has problems, so that one start lists them all.
  const { secrets, problems: secretProblems } = loadSecrets(input, options.env);
  problems.push(...secretProblems);
  if (parsed.success && problems.length === 0) problems.push(...keyProblems(parsed.data, secrets));
  if (!parsed.success || problems.length > 0) throw new ConfigError(options.file, problems);
  const config = parsed.data;
  if (config.database.kind === 'pglite' && !isAbsolute(config.database.dataDir)) {
    config.database.dataDir = resolve(options.baseDir, config.database.dataDir);
  }
  return { file: options.file, config, secrets };
}

export function loadConfigFile(file: string, env: Environment = process.env): LoadedConfig {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ConfigError(path, [
      { key: '(the whole file)', expected: 'a readable JSON file', found: `it cannot be read (${code})` },
    ]);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(path, [jsonProblem(text, error)]);
  }
  return validateConfig(input, { file: path, env, baseDir: dirname(path) });
}
