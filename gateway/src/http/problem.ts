/**
 * RFC 9457 problem documents: every error the gateway answers to a program is one, with a
 * stable `code` that clients switch on (titles are for people and may change).
 */
import { PROBLEM_CONTENT_TYPE, problemSchema, type Problem } from '../../../lib/gateway-api/core/problem';

// The schema is the contract shared with the extension (lib/gateway-api/core/problem.ts).
export { PROBLEM_CONTENT_TYPE, problemSchema, type Problem };

export function problem(status: number, code: string, title: string, extra: Partial<Problem> = {}): Problem {
  return { type: `urn:guichet-emploi:problem:${code}`, title, status, code, ...extra };
}

/** Thrown by handlers and hooks; the error handler answers it as it is. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(`${code}: ${title}`);
    this.name = 'ProblemError';
  }
}
