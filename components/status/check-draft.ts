import type { VerifyRequest } from '../../lib/platform/messaging/protocol';
import {
  caseReferenceProblem,
  MOTIF_MAX_LENGTH,
  normaliseCaseReference,
  type CaseReferenceProblem,
  normaliseMotif,
  type VerificationMode,
} from '../../lib/status/core/check-rules';
import { checkIdentifier, type IdentifierProblem } from '../../lib/status/core/identifier';

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

export type DraftField = 'motif' | 'motifOther' | 'caseReference' | 'identifiant';

export type DraftError =
  | { field: 'motif'; kind: 'motifRequired' }
  | { field: 'motifOther'; kind: 'motifOtherRequired' | 'motifTooLong' }
  | {
      field: 'caseReference';
      kind: 'caseReferenceRequired' | 'caseReferenceTooLong' | 'caseReferenceNotAReference';
    }
  | { field: 'identifiant'; kind: 'identifier'; problem: IdentifierProblem };

const CASE_REFERENCE_ERRORS = {
  required: 'caseReferenceRequired',
  tooLong: 'caseReferenceTooLong',
  notAReference: 'caseReferenceNotAReference',
} as const satisfies Record<CaseReferenceProblem, string>;

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
): { ok: true; request: VerifyRequest } | { ok: false; errors: DraftError[] } {
  const errors: DraftError[] = [];
  let motif = draft.motifChoice;
  if (draft.motifChoice === '') errors.push({ field: 'motif', kind: 'motifRequired' });
  if (draft.motifChoice === OTHER_MOTIF) {
    motif = normaliseMotif(draft.motifOther);
    if (motif === '') errors.push({ field: 'motifOther', kind: 'motifOtherRequired' });
    else if (motif.length > MOTIF_MAX_LENGTH) errors.push({ field: 'motifOther', kind: 'motifTooLong' });
  }
  const caseReference = normaliseCaseReference(draft.caseReference);
  const referenceProblem = caseReferenceProblem(caseReference);
  if (referenceProblem)
    errors.push({ field: 'caseReference', kind: CASE_REFERENCE_ERRORS[referenceProblem] });
  let identifiant: string | undefined;
  if (draft.mode === 'identifiant') {
    const check = checkIdentifier(draft.identifiant);
    if (check.ok) identifiant = check.value;
    else errors.push({ field: 'identifiant', kind: 'identifier', problem: check.problem });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: { mode: draft.mode, motif, caseReference, ...(identifiant ? { identifiant } : {}) },
  };
}
