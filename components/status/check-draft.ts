import type { Environment, VerificationMode } from '../../lib/settings/core/constants';
import type { VerifyRequest } from '../../lib/platform/messaging/protocol';
import { checkIdentifier, type IdentifierProblem } from '../../lib/status/view/identifier';

/** What the agent typed; lives in the panel's memory only. */
export interface CheckDraft {
  mode: VerificationMode;
  /** A motif of the organisation's list, or OTHER_MOTIF for free text. */
  motifChoice: string;
  motifOther: string;
  caseReference: string;
  identifiant: string;
}

export const OTHER_MOTIF = '__autre__';
export const MOTIF_MAX = 120;
export const CASE_REFERENCE_MAX = 100;

export type DraftField = 'motif' | 'motifOther' | 'caseReference' | 'identifiant';

export type DraftError =
  | { field: 'motif'; kind: 'motifRequired' }
  | { field: 'motifOther'; kind: 'motifOtherRequired' | 'motifTooLong' }
  | { field: 'caseReference'; kind: 'caseReferenceRequired' | 'caseReferenceTooLong' }
  | { field: 'identifiant'; kind: 'identifier'; problem: IdentifierProblem };

export function emptyDraft(mode: VerificationMode, motifs: readonly string[]): CheckDraft {
  return {
    mode,
    motifChoice: motifs.length === 0 ? OTHER_MOTIF : '',
    motifOther: '',
    caseReference: '',
    identifiant: '',
  };
}

/** Validates the draft before any call; returns the request or every problem, in field order. */
export function validateDraft(
  draft: CheckDraft,
  environment: Environment,
): { ok: true; request: VerifyRequest } | { ok: false; errors: DraftError[] } {
  const errors: DraftError[] = [];
  let motif = draft.motifChoice;
  if (draft.motifChoice === '') errors.push({ field: 'motif', kind: 'motifRequired' });
  if (draft.motifChoice === OTHER_MOTIF) {
    motif = draft.motifOther.trim().replace(/\s+/g, ' ');
    if (motif === '') errors.push({ field: 'motifOther', kind: 'motifOtherRequired' });
    else if (motif.length > MOTIF_MAX) errors.push({ field: 'motifOther', kind: 'motifTooLong' });
  }
  const caseReference = draft.caseReference.trim();
  if (caseReference === '') errors.push({ field: 'caseReference', kind: 'caseReferenceRequired' });
  else if (caseReference.length > CASE_REFERENCE_MAX)
    errors.push({ field: 'caseReference', kind: 'caseReferenceTooLong' });
  let identifiant: string | undefined;
  if (draft.mode === 'identifiant') {
    const check = checkIdentifier(draft.identifiant, environment);
    if (check.ok) identifiant = check.value;
    else errors.push({ field: 'identifiant', kind: 'identifier', problem: check.problem });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: { mode: draft.mode, motif, caseReference, ...(identifiant ? { identifiant } : {}) },
  };
}
