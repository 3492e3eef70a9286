import type { VerificationMode } from '../core/check-rules';
import type { JobSeekerStatus, StatusSource } from '../core/status';
import { verdictOf, type Verdict } from './verdict';

/** What a check was for: typed by the agent, held in the panel's memory with the result. */
export interface CheckContext {
  mode: VerificationMode;
  motif: string;
  caseReference: string;
  /** When the agent ran the check (ISO instant). */
  checkedAt: string;
  agent: string | null;
  journalEntryId: string | null;
}

/**
 * The content of the printable "justificatif de vérification": who checked, when, why,
 * from which source, and what came back: of the status the background sent (already
 * minimised to the sections the organisation shows), only the name and birth date of the
 * identity (enough to tie the paper to the file).
 */
export interface Justificatif {
  checkedAt: string;
  agent: string | null;
  motif: string;
  caseReference: string;
  mode: VerificationMode;
  source: StatusSource | null;
  retrievedAt: string | null;
  verdict: Verdict;
  categoryLabel: string | null;
  person: { name: string; birthDate: string | null } | null;
  journalEntryId: string | null;
}

function personName(identity: NonNullable<JobSeekerStatus['identity']>): string | null {
  const family = identity.usageName ?? identity.birthName;
  const parts = [identity.firstName, family].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' ') : null;
}

export function buildJustificatif(context: CheckContext, shown: JobSeekerStatus | null): Justificatif {
  const name = shown?.identity ? personName(shown.identity) : null;
  return {
    checkedAt: context.checkedAt,
    agent: context.agent,
    motif: context.motif,
    caseReference: context.caseReference,
    mode: context.mode,
    source: shown?.source ?? null,
    retrievedAt: shown?.retrievedAt ?? null,
    verdict: verdictOf(shown),
    categoryLabel: shown?.registration?.categoryLabel ?? null,
    person: name && shown?.identity ? { name, birthDate: shown.identity.birthDate } : null,
    journalEntryId: context.journalEntryId,
  };
}
