import type { z } from 'zod';
import { fail, ok, type Result } from '../../core/app-error';
import { parseJsonText, type HttpAnswer } from './http-client';
import type { Service } from './status-error';

/** Where a zod failure happened, without the offending values (they may be personal data). */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

/** A 2xx answer's JSON body checked against its wire schema. */
export function parseAnswer<S extends z.ZodType>(
  answer: HttpAnswer,
  schema: S,
  service: Service,
): Result<z.output<S>> {
  const json = parseJsonText(answer.text);
  if (!json.ok)
    return fail({ code: 'invalid_answer', service, status: answer.status, detail: 'Body is not JSON' });
  const parsed = schema.safeParse(json.value);
  if (!parsed.success) {
    return fail({
      code: 'invalid_answer',
      service,
      status: answer.status,
      detail: `Unexpected answer shape: ${describeIssues(parsed.error)}`,
    });
  }
  return ok(parsed.data);
}
