/**
 * The checks' problems: stable codes for programs, French titles for the agent (the extension
 * shows its own catalogue's words by code; the title is the fallback).
 */
import type { AppError } from '../../../lib/core/app-error';
import { CASE_REFERENCE_MAX_LENGTH, caseReferenceProblem } from '../../../lib/status/core/check-rules';
import { ProblemError } from '../http/problem';

export interface RequestProblem {
  path: string;
  message: string;
}

const RETRY = { 'retry-after': '5' };

export function journalUnavailable(afterCall = false): ProblemError {
  return afterCall
    ? new ProblemError(
        503,
        'journal-unavailable',
        'Le journal est indisponible : la vérification a été faite mais son résultat n’est pas affiché faute d’avoir pu le journaliser.',
        undefined,
        RETRY,
      )
    : new ProblemError(
        503,
        'journal-unavailable',
        'Le journal est indisponible, aucune vérification n’a été faite.',
        undefined,
        RETRY,
      );
}

export function checkRequestProblems(
  org: { motifs: readonly string[]; modes: readonly string[] },
  mode: 'identifiant' | 'franceconnect',
  input: { motif: string; caseReference: string },
): RequestProblem[] {
  const problems: RequestProblem[] = [];
  if (!org.modes.includes(mode))
    problems.push({ path: 'mode', message: `mode "${mode}" not offered by the organisation` });
  if (!org.motifs.includes(input.motif))
    problems.push({ path: 'motif', message: 'one of the organisation’s motifs' });
  if (caseReferenceProblem(input.caseReference) !== null) {
    problems.push({
      path: 'caseReference',
      message: `a case reference: 1 to ${CASE_REFERENCE_MAX_LENGTH} letters, digits, " ._/#-", with a digit`,
    });
  }
  return problems;
}

const UPSTREAM_TITLES: Partial<Record<AppError['code'], [number, string]>> = {
  rate_limited: [429, 'Trop de vérifications en même temps : réessayez dans quelques secondes.'],
  token_invalid: [502, 'Le jeton API Particulier de l’organisation est refusé : prévenez votre référent.'],
  forbidden: [502, 'L’habilitation API Particulier de l’organisation ne couvre pas cette donnée.'],
  invalid_request: [422, 'API Particulier refuse la demande : vérifiez l’identifiant saisi.'],
  timeout: [504, 'API Particulier n’a pas répondu à temps : réessayez.'],
  network: [502, 'API Particulier est injoignable : réessayez plus tard.'],
  server: [502, 'API Particulier ou France Travail est indisponible : réessayez plus tard.'],
  invalid_answer: [502, 'La réponse d’API Particulier est illisible.'],
  conflict: [409, 'Une autre vérification est en cours avec le même jeton : réessayez.'],
};

export const CheckProblem = {
  invalid(problems: RequestProblem[]): ProblemError {
    const error = new ProblemError(
      422,
      'invalid-check-request',
      'La demande de vérification est incomplète ou invalide.',
      problems.map((p) => `${p.path}: ${p.message}`).join('; '),
    );
    return error;
  },
  notConfigured(): ProblemError {
    return new ProblemError(
      501,
      'mode-not-configured',
      'Ce mode de vérification n’est pas configuré pour votre organisation.',
    );
  },
  upstream(error: AppError): ProblemError {
    const [status, title] = UPSTREAM_TITLES[error.code] ?? [
      502,
      'La vérification a échoué côté service : réessayez plus tard.',
    ];
    if (error.code === 'rate_limited') {
      const seconds = Math.max(1, error.retryAfterSeconds ?? 1);
      return new ProblemError(
        status,
        'upstream-rate-limited',
        `Trop de vérifications en même temps : réessayez dans ${seconds} s.`,
        undefined,
        {
          'retry-after': String(seconds),
        },
      );
    }
    return new ProblemError(
      status,
      `upstream-${error.code.replace(/_/g, '-')}`,
      title,
      error.providerCode ? `provider code ${error.providerCode}` : undefined,
    );
  },
};
