/**
 * The France Travail identifier that API Particulier takes (france-travail-apis.md §3): the
 * person's France Travail **username**, chosen by the person (`jean.dupont33`, `martin.jacques`,
 * and the older `1234567A`). The one rule, for the form, the background and the journal: it
 * refuses only what cannot be a username (blank, spaces inside, characters outside letters,
 * digits, dots, dashes and underscores, too long) and sends the rest as typed, trimmed, so the
 * service itself answers "not found" (404) or "malformed" (422). No environment-specific case:
 * the sandbox's `default` and `not_found` fit the rule.
 */
export type IdentifierProblem = 'empty' | 'characters' | 'length';

export type IdentifierCheck = { ok: true; value: string } | { ok: false; problem: IdentifierProblem };

/** A bound against pasted paragraphs, far above any username. */
export const IDENTIFIER_MAX_LENGTH = 64;

const USERNAME = /^[A-Za-z0-9._-]+$/;

export function checkIdentifier(raw: string): IdentifierCheck {
  const value = raw.trim();
  if (value === '') return { ok: false, problem: 'empty' };
  if (value.length > IDENTIFIER_MAX_LENGTH) return { ok: false, problem: 'length' };
  if (!USERNAME.test(value)) return { ok: false, problem: 'characters' };
  return { ok: true, value };
}

/**
 * The form an identifier is fingerprinted in (the journal): without any space and upper-cased,
 * so "1234 567a " and "1234567A" are one person, as they always were in the journal.
 */
export function identifierKey(identifier: string): string {
  return identifier.replace(/\s+/g, '').toUpperCase();
}
