import type { VerificationMode } from './check-rules';
import type { JobSeekerStatus } from './status';

/** A status check as the agent asks it (the `verifyStatus` message). */
export interface VerifyRequest {
  mode: VerificationMode;
  /** France Travail identifier, for mode "identifiant". */
  identifiant?: string;
  motif: string;
  caseReference: string;
}

/** Its answer: the status minimised to the organisation's sections, and its journal entry. */
export interface VerifyResponse {
  /** null when no registration was found for the identifier. */
  status: JobSeekerStatus | null;
  journalEntryId: string;
}
