import { useCallback, useReducer, useRef } from 'react';
import type { AppError, Result } from '../../lib/core/app-error';
import type { VerifyRequest, VerifyResponse } from '../../lib/platform/messaging/protocol';
import type { VerificationMode } from '../../lib/status/core/check-rules';
import type { JobSeekerStatus } from '../../lib/status/core/status';
import type { CheckContext } from '../../lib/status/view/justificatif';
import { emptyDraft, type CheckDraft } from './check-draft';

/**
 * The phases of a status check, and every way from one to another, as a reducer: the draft
 * being typed, the check running, its result (on screen or as the printable sheet), its
 * error, and a retry of the very request that failed. The result and the request live here
 * only (the panel's memory): never stored, never logged.
 */
export type CheckPhase =
  | { kind: 'draft' }
  | { kind: 'running'; mode: VerificationMode }
  | { kind: 'result'; status: JobSeekerStatus | null; context: CheckContext; printing: boolean }
  | { kind: 'error'; error: AppError; context: CheckContext; request: VerifyRequest };

export interface CheckState {
  phase: CheckPhase;
  draft: CheckDraft;
  /** Sequence of the check under way: an answer of an older one (cleared since) is dropped. */
  seq: number;
  /** Where the focus goes after this change (the result's heading or the form's title). */
  focus: 'result' | 'form' | null;
  /** What the live region says about the last change. */
  announcement: string;
}

export type CheckAction =
  | { type: 'edit'; draft: CheckDraft }
  | { type: 'start'; mode: VerificationMode; announcement: string }
  | {
      type: 'answer';
      seq: number;
      reply: Result<VerifyResponse>;
      context: CheckContext;
      request: VerifyRequest;
      announcement: string;
    }
  | { type: 'print'; printing: boolean }
  | { type: 'backToForm' }
  | { type: 'newCheck' }
  | { type: 'clear'; mode: VerificationMode; motifs: readonly string[]; announcement: string | null }
  | { type: 'focused' };

export function checkReducer(state: CheckState, action: CheckAction): CheckState {
  switch (action.type) {
    case 'edit':
      return { ...state, draft: action.draft };
    case 'start':
      return {
        ...state,
        phase: { kind: 'running', mode: action.mode },
        seq: state.seq + 1,
        focus: null,
        announcement: action.announcement,
      };
    case 'answer': {
      if (action.seq !== state.seq) return state;
      const { reply, context } = action;
      if (reply.ok || reply.error.code === 'not_found') {
        const phase: CheckPhase = {
          kind: 'result',
          status: reply.ok ? reply.value.status : null,
          context: { ...context, journalEntryId: reply.ok ? reply.value.journalEntryId : null },
          printing: false,
        };
        return { ...state, phase, focus: 'result', announcement: action.announcement };
      }
      return {
        ...state,
        phase: { kind: 'error', error: reply.error, context, request: action.request },
        focus: 'result',
        announcement: action.announcement,
      };
    }
    case 'print':
      return state.phase.kind === 'result'
        ? { ...state, phase: { ...state.phase, printing: action.printing }, focus: 'result' }
        : state;
    case 'backToForm':
      return { ...state, phase: { kind: 'draft' }, focus: 'form' };
    case 'newCheck':
      // Same mode and motif (agents often check several people for one purpose); nothing personal kept.
      return {
        ...state,
        phase: { kind: 'draft' },
        draft: { ...state.draft, caseReference: '', identifiant: '' },
        seq: state.seq + 1,
        focus: 'form',
        announcement: '',
      };
    case 'clear':
      return {
        phase: { kind: 'draft' },
        draft: emptyDraft(action.mode, action.motifs),
        seq: state.seq + 1,
        focus: action.announcement ? 'form' : null,
        announcement: action.announcement ?? '',
      };
    case 'focused':
      return state.focus === null ? state : { ...state, focus: null };
  }
}

/** Whether the panel holds anything personal (a result, an error of a check, an identifier). */
export function holdsPersonalData(state: CheckState): boolean {
  return state.phase.kind === 'result' || state.phase.kind === 'error' || state.draft.identifiant !== '';
}

interface StatusCheckOptions {
  verify: (request: VerifyRequest) => Promise<Result<VerifyResponse>>;
  firstMode: VerificationMode;
  motifs: readonly string[];
  agent: string | null;
  /** The live region's words: while a check runs, and for its answer. */
  describe: {
    running: (mode: VerificationMode) => string;
    answer: (reply: Result<VerifyResponse>, mode: VerificationMode) => string;
  };
}

/** The check's state and its commands; the component renders the phase and calls these. */
export function useStatusCheck({ verify, firstMode, motifs, agent, describe }: StatusCheckOptions) {
  const [state, dispatch] = useReducer(checkReducer, undefined, (): CheckState => ({
    phase: { kind: 'draft' },
    draft: emptyDraft(firstMode, motifs),
    seq: 0,
    focus: null,
    announcement: '',
  }));
  // The reducer's sequence, readable by a running check when its answer comes back.
  const seq = useRef(0);
  seq.current = state.seq;

  const run = useCallback(
    async (request: VerifyRequest) => {
      const context: CheckContext = {
        mode: request.mode,
        motif: request.motif,
        caseReference: request.caseReference,
        checkedAt: new Date().toISOString(),
        agent,
        journalEntryId: null,
      };
      const mine = seq.current + 1;
      dispatch({ type: 'start', mode: request.mode, announcement: describe.running(request.mode) });
      // The background answers with a Result, never throws: a rejection means it stopped
      // (the service worker ended) before it answered. Its answer is lost, never shown later.
      const reply = await verify(request).catch((): Result<VerifyResponse> => ({
        ok: false,
        error: { code: 'interrupted' },
      }));
      const announcement = describe.answer(reply, request.mode);
      dispatch({ type: 'answer', seq: mine, reply, context, request, announcement });
    },
    [verify, agent, describe],
  );

  return {
    state,
    /** Runs a check (its answer is dropped if the panel was cleared meanwhile). */
    submit: run,
    /** Runs again the request that failed, exactly as it was sent. */
    retry: () => (state.phase.kind === 'error' ? run(state.phase.request) : Promise.resolve()),
    edit: (draft: CheckDraft) => dispatch({ type: 'edit', draft }),
    print: (printing: boolean) => dispatch({ type: 'print', printing }),
    backToForm: () => dispatch({ type: 'backToForm' }),
    newCheck: () => dispatch({ type: 'newCheck' }),
    /** Forgets the result and the draft; with words, says so and moves the focus to the form. */
    clear: (announcement: string | null) =>
      dispatch({ type: 'clear', mode: firstMode, motifs, announcement }),
    focused: () => dispatch({ type: 'focused' }),
  };
}
