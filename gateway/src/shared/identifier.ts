/**
 * The shared identifier rule (lib/status/core/identifier.ts), used by the checks (validation)
 * and the journal (fingerprints), so " 1234567a" and "1234567A" are one person everywhere.
 */
import { checkIdentifier, identifierKey, type IdentifierCheck } from '../../../lib/status/core/identifier';

export type { IdentifierCheck };
export { identifierKey };

/** One rule in every environment: the service itself answers "not found" or "malformed". */
export function checkIdentifierForGateway(raw: string, _production: boolean): IdentifierCheck {
  return checkIdentifier(raw);
}
