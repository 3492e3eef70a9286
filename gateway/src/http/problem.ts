/**
 * RFC 9457 problem documents: every error the gateway answers to a program is one, with a
 * stable `code` that clients switch on (titles are for people and may change).
 */
import { z } from 'zod';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const problemSchema = z
  .object({
    type: z.string().describe('urn:guichet-emploi:problem:<code>'),
    title: z.string(),
    status: z.number().int(),
    code: z.string().describe('Stable machine-readable code.'),
    detail: z.string().optional(),
    instance: z.string().optional().describe('The request id (also in the X-Request-Id header).'),
    errors: z
      .array(z.object({ in: z.string(), path: z.string(), message: z.string() }))
      .optional()
      .describe('Which parts of the request were invalid.'),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;

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
