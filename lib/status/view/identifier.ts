import type { Environment } from '../../settings/core/constants';

/**
 * A France Travail identifier's plausible form, checked before any call: 7 digits and a
 * letter or digit ("1234567A"), older ones 8 characters; we tolerate 7–11 alphanumerics
 * with at least 6 digits and reject obvious slips (letters only, punctuation, too short).
 * The sandbox (and the simulator, which mirrors it) also answers `default` and `not_found`.
 */
export type IdentifierProblem = 'empty' | 'characters' | 'length' | 'digits';

export type IdentifierCheck = { ok: true; value: string } | { ok: false; problem: IdentifierProblem };

const SANDBOX_IDENTIFIERS = ['default', 'not_found'];

export function checkIdentifier(raw: string, environment: Environment): IdentifierCheck {
  const trimmed = raw.trim();
  if (environment !== 'production' && SANDBOX_IDENTIFIERS.includes(trimmed.toLowerCase())) {
    return { ok: true, value: trimmed.toLowerCase() };
  }
  // Spaces typed or pasted inside ("123 4567 A") are not part of the identifier.
  const value = trimmed.replace(/\s+/g, '').toUpperCase();
  if (value === '') return { ok: false, problem: 'empty' };
  if (!/^[0-9A-Z]+$/.test(value)) return { ok: false, problem: 'characters' };
  if (value.length < 7 || value.length > 11) return { ok: false, problem: 'length' };
  if ((value.match(/\d/g) ?? []).length < 6) return { ok: false, problem: 'digits' };
  return { ok: true, value };
}
