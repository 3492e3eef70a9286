import { z } from 'zod';

/**
 * RFC 9457 problem documents as the gateway answers them to the extension (contract shared by
 * both sides: the gateway builds its answers from this schema, the extension parses with it).
 * Programs switch on `code`; `title` is for people and may change.
 */
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
