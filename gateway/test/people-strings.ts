/**
 * Every name, identifier, address line, phone, e-mail and birth date of the simulator's test
 * people, to look for in a database dump and in the logs (where none may appear).
 */
import { PROCONNECT_AGENTS, agentClaims } from '../../simulator/data/agents';
import { API_PARTICULIER_PEOPLE, FRANCECONNECT_IDENTITIES } from '../../simulator/data/people';

const PERSONAL_KEYS = new Set([
  'identifiant',
  'nom',
  'prenom',
  'nomUsage',
  'nom_naissance',
  'nom_usage',
  'given_name',
  'family_name',
  'label',
  'email',
  'telephone',
  'telephone2',
  'ligneVoie',
  'ligne_voie',
  'ligneNom',
  'ligne_nom',
  'dateNaissance',
  'date_naissance',
  'birthdate',
]);

function collect(value: unknown, key: string | null, out: Set<string>): void {
  if (typeof value === 'string') {
    if (key && PERSONAL_KEYS.has(key) && value.length >= 5 && value !== 'default') out.add(value);
    return;
  }
  if (Array.isArray(value)) value.forEach((item) => collect(item, key, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) collect(v, k, out);
  }
}

/**
 * The checked people's strings. A surname a test agent also bears ("Martin", "Bernard") is left
 * out: the gateway keeps its agents' own names by design, and they are not the checked person's.
 */
export function testPeopleStrings(): string[] {
  const out = new Set<string>();
  collect(API_PARTICULIER_PEOPLE, null, out);
  collect(FRANCECONNECT_IDENTITIES, null, out);
  const agentWords = new Set(
    PROCONNECT_AGENTS.flatMap((agent) => Object.values(agentClaims(agent)))
      .filter((value): value is string => typeof value === 'string')
      .map((value) => value.toLowerCase()),
  );
  return [...out].filter((value) => !agentWords.has(value.toLowerCase()));
}

/**
 * The strings of `people` found in `text`, case-insensitively. A value of digits only (a phone)
 * counts only between non-digits: "0600000000" inside a timing like 3.0600000000001 is not one.
 */
export function personalDataIn(text: string, people: readonly string[]): string[] {
  const haystack = text.toLowerCase();
  return people.filter((value) => {
    const needle = value.toLowerCase();
    if (!/^\d+$/.test(needle)) return haystack.includes(needle);
    return new RegExp(`(?<!\\d)${needle}(?!\\d)`).test(haystack);
  });
}
