/**
 * Secrets come from the environment only: NAME, or the file whose path is in NAME_FILE
 * (Docker / systemd credentials). They are read once at start, kept in this object, and never
 * logged nor written anywhere.
 */
import { readFileSync } from 'node:fs';
import type { ConfigProblem } from './problems';
import { formatKey } from './problems';
import type { SecretRef } from './schema';

export type Environment = Readonly<Record<string, string | undefined>>;

export class Secrets {
  readonly #values: ReadonlyMap<string, string>;

  constructor(values: ReadonlyMap<string, string>) {
    this.#values = values;
  }

  get(ref: SecretRef): string {
    const value = this.#values.get(ref.env);
    if (value === undefined) throw new Error(`Secret ${ref.env} was not loaded at start`);
    return value;
  }

  /** Never let a secret reach a log through a serialised config object. */
  toJSON(): string {
    return '[secrets]';
  }
}

function isSecretRef(value: unknown): value is SecretRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as { env?: unknown }).env === 'string' &&
    /^[A-Z][A-Z0-9_]{1,99}$/.test((value as { env: string }).env) &&
    !(value as { env: string }).env.endsWith('_FILE')
  );
}

/** Every secret reference in the validated configuration, with its key. */
export function secretRefs(
  config: unknown,
  path: PropertyKey[] = [],
): Array<{ path: PropertyKey[]; ref: SecretRef }> {
  if (isSecretRef(config)) return [{ path, ref: config }];
  if (Array.isArray(config)) return config.flatMap((item, index) => secretRefs(item, [...path, index]));
  if (typeof config === 'object' && config !== null) {
    return Object.entries(config).flatMap(([key, value]) => secretRefs(value, [...path, key]));
  }
  return [];
}

function readOne(name: string, env: Environment): { value?: string; problem?: string } {
  const direct = env[name];
  const file = env[`${name}_FILE`];
  if (direct !== undefined && file !== undefined) {
    return { problem: `both ${name} and ${name}_FILE are set` };
  }
  if (direct !== undefined) {
    return direct.trim() ? { value: direct.trim() } : { problem: `${name} is empty` };
  }
  if (file !== undefined) {
    try {
      const value = readFileSync(file, 'utf8').trim();
      return value ? { value } : { problem: `the file in ${name}_FILE is empty` };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      return { problem: `the file in ${name}_FILE cannot be read (${code})` };
    }
  }
  return { problem: `neither ${name} nor ${name}_FILE is set` };
}

export function loadSecrets(
  config: unknown,
  env: Environment,
): { secrets: Secrets; problems: ConfigProblem[] } {
  const values = new Map<string, string>();
  const problems: ConfigProblem[] = [];
  for (const { path, ref } of secretRefs(config)) {
    if (values.has(ref.env)) continue;
    const read = readOne(ref.env, env);
    if (read.value !== undefined) values.set(ref.env, read.value);
    else {
      problems.push({
        key: formatKey(path),
        expected: `the secret in the environment variable ${ref.env} (or a file path in ${ref.env}_FILE)`,
        found: read.problem ?? 'nothing',
      });
    }
  }
  return { secrets: new Secrets(values), problems };
}
