/**
 * Checks across organisations, run on the raw document so that they are reported together
 * with every other problem (zod skips an object's refinements while its fields have issues).
 */
import type { ConfigProblem } from './problems';
import { formatKey } from './problems';

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

export function crossOrganisationProblems(input: unknown): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const organisations = list(field(input, 'organisations'));

  const ids = new Map<string, number>();
  organisations.forEach((org, index) => {
    const id = field(org, 'id');
    if (typeof id !== 'string') return;
    const first = ids.get(id);
    if (first === undefined) ids.set(id, index);
    else {
      problems.push({
        key: formatKey(['organisations', index, 'id']),
        expected: `an identifier no other organisation has (organisations[${first}] has it)`,
        found: JSON.stringify(id),
      });
    }
  });

  // An agent is admitted by one organisation at most: each admission SIRET and e-mail domain
  // belongs to one organisation.
  for (const key of ['sirets', 'emailDomains']) {
    const owners = new Map<string, number>();
    organisations.forEach((org, index) => {
      list(field(field(org, 'admission'), key)).forEach((value, position) => {
        if (typeof value !== 'string') return;
        const owner = owners.get(value);
        if (owner === undefined) owners.set(value, index);
        else if (owner !== index) {
          problems.push({
            key: formatKey(['organisations', index, 'admission', key, position]),
            expected: `a value no other organisation admits (organisations[${owner}] admits it)`,
            found: JSON.stringify(value),
          });
        }
      });
    });
  }
  return problems;
}
