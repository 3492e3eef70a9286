/**
 * The shared identifier rule, used by the checks (validation) and the journal (fingerprints),
 * so "1234 567a" and "1234567A" are one person everywhere. The single import of the rule
 * from lib/: update this line when lib/ moves it.
 */
import { checkIdentifier, type IdentifierCheck } from '../../../lib/status/view/identifier';

export type { IdentifierCheck };

/**
 * The form a valid identifier is fingerprinted in: no space, upper case (the journal's
 * historical rule). lib/status/core/identifier.ts's `identifierKey` replaces this once merged.
 */
export function identifierKey(identifier: string): string {
  return identifier.replace(/\s+/g, '').toUpperCase();
}

/** The gateway runs against the simulator or production; the sandbox rule only off production. */
export function checkIdentifierForGateway(raw: string, production: boolean): IdentifierCheck {
  return checkIdentifier(raw, production ? 'production' : 'simulator');
}
