import { ERROR_CODES, type ErrorCode } from '../core/app-error';
import type { JournalMessages } from '../i18n/messages/journal';
import type { JournalEntry } from './core/types';

const isErrorCode = (code: string | null): code is ErrorCode =>
  code !== null && (ERROR_CODES as readonly string[]).includes(code);

/**
 * A check's outcome as the journal shows it, in words: "Inscrit(e)", or for a failure
 * "Erreur : service momentanément indisponible" — never the code itself (it stays in the
 * CSV's own column, for audits).
 */
export function outcomeText(entry: Pick<JournalEntry, 'outcome' | 'errorCode'>, j: JournalMessages): string {
  const outcome = j.outcomes[entry.outcome];
  if (entry.outcome !== 'error') return outcome;
  return j.outcomeWithReason(
    outcome,
    isErrorCode(entry.errorCode) ? j.errorReasons[entry.errorCode] : j.unknownReason,
  );
}
