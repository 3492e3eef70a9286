import type { AppError } from '../core/app-error';
import type { JournalMessages } from '../i18n/messages/journal';

/**
 * What the journal view says when the journal could not answer, and what to do: the
 * gateway's refusal of the organisation's view to an agent, a lost session, a journal or a
 * gateway that is down. Anything else keeps the general message.
 */
export function journalErrorText(error: AppError, j: JournalMessages, fallback: string): string {
  switch (error.code) {
    case 'role_required':
      return j.errors.roleRequired;
    case 'signed_out':
    case 'unauthorised':
      return j.errors.signedOut;
    case 'network':
    case 'timeout':
      return j.errors.unreachable;
    case 'journal_unavailable':
    case 'server':
      return j.errors.unavailable;
    case 'invalid_request':
      return error.providerCode === 'invalid-identifier' ? j.errors.invalidIdentifier : fallback;
    default:
      return fallback;
  }
}
