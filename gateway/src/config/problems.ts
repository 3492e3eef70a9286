/**
 * Configuration problems as people read them: the key, what was expected, what was found.
 * The found value is quoted only when it cannot be a secret (numbers, booleans, short strings
 * outside any secret reference); otherwise only its type is named.
 */
import type { z } from 'zod';

export interface ConfigProblem {
  /** Dotted path with indexes: organisations[0].admission.sirets[1]. */
  key: string;
  expected: string;
  found: string;
}

export function formatKey(path: readonly PropertyKey[]): string {
  let key = '';
  for (const part of path) {
    if (typeof part === 'number') key += `[${part}]`;
    else key += key ? `.${String(part)}` : String(part);
  }
  return key || '(the whole file)';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): { present: boolean; value: unknown } {
  let current: unknown = root;
  for (const part of path) {
    if (current === null || typeof current !== 'object' || !(part in current)) {
      return { present: false, value: undefined };
    }
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return { present: true, value: current };
}

const SECRET_LOOKING = /secret|token|password/i;
const SECRET_KEYS = new Set(['url', 'keys', 'signing', 'cookies', 'env']);
const isSecretKey = (part: PropertyKey) =>
  typeof part === 'string' && (SECRET_LOOKING.test(part) || SECRET_KEYS.has(part));

export function describeValue(value: unknown, path: readonly PropertyKey[]): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length} item(s)`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') {
    const secretish = path.some(isSecretKey);
    if (secretish || value.length > 80) return `a string of ${value.length} character(s)`;
    return JSON.stringify(value);
  }
  return typeof value;
}

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'object' ? 'an object' : `a ${issue.expected}`;
    case 'too_small':
      if (issue.origin === 'array') return `at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === 'string') return `at least ${String(issue.minimum)} character(s)`;
      return `a number ≥ ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `at most ${String(issue.maximum)} item(s)`;
      if (issue.origin === 'string') return `at most ${String(issue.maximum)} character(s)`;
      return `a number ≤ ${String(issue.maximum)}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `no unknown key (${issue.keys.map((k) => JSON.stringify(k)).join(', ')} is not a setting)`;
    case 'invalid_union':
      if (issue.discriminator && 'options' in issue && issue.options) {
        return `"${issue.discriminator}" one of ${issue.options.map((v) => JSON.stringify(v)).join(', ')}`;
      }
      return 'one of the accepted forms (see docs/gateway/config.schema.json)';
    case 'invalid_format':
      return issue.message && !issue.message.startsWith('Invalid')
        ? issue.message
        : `a valid ${issue.format}`;
    default:
      return issue.message;
  }
}

/** Every zod issue as a problem, in the order of the file. */
export function problemsFromZod(error: z.ZodError, input: unknown): ConfigProblem[] {
  return error.issues.map((issue) => {
    const at = valueAt(input, issue.path);
    let found = at.present ? describeValue(at.value, issue.path) : 'nothing (the key is missing)';
    if (issue.code === 'unrecognized_keys') found = `the key(s) ${issue.keys.join(', ')}`;
    return { key: formatKey(issue.path), expected: expectedOf(issue), found };
  });
}

export function formatProblems(file: string, problems: readonly ConfigProblem[]): string {
  const lines = problems.map((p) => `  - ${p.key}: expected ${p.expected}; found ${p.found}`);
  return `The gateway configuration ${file} has ${problems.length} problem(s):\n${lines.join('\n')}`;
}
