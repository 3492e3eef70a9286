/**
 * The error and not-found handlers: whatever goes wrong, the answer is a problem document,
 * and an unexpected error says nothing of the internals (it is logged, with the request id).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../db/unavailable';
import { PROBLEM_CONTENT_TYPE, ProblemError, problem } from './problem';
import type { Problem } from './problem';

function send(reply: FastifyReply, body: Problem, headers: Record<string, string> = {}): FastifyReply {
  return reply
    .code(body.status)
    .headers({ ...headers, 'cache-control': 'no-store' })
    .type(PROBLEM_CONTENT_TYPE)
    .send({ ...body, instance: reply.request.id });
}

/** Fastify's own client errors, by code, as stable problem codes. */
const FASTIFY_CLIENT_ERRORS: Record<string, { code: string; title: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported-media-type',
    title: 'Type de contenu non pris en charge',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'body-too-large', title: 'Corps de requête trop volumineux' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'invalid-json', title: 'Corps JSON vide' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid-json', title: 'Corps JSON invalide' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'bad-request', title: 'Longueur de contenu invalide' },
};

export function installErrorHandlers(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) =>
    send(
      reply,
      problem(404, 'not-found', 'Ressource introuvable', {
        detail: `${request.method} ${request.url.split('?')[0]}`,
      }),
    ),
  );

  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof ProblemError) {
      if (error.status >= 500) request.log.error({ err: error }, 'request failed');
      return send(
        reply,
        problem(error.status, error.code, error.title, error.detail ? { detail: error.detail } : {}),
        { ...error.headers },
      );
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return send(
        reply,
        problem(400, 'invalid-request', 'Requête invalide', {
          errors: error.validation.map((issue) => ({
            in: error.validationContext ?? 'request',
            path: issue.instancePath || '/',
            message: issue.message ?? 'invalid',
          })),
        }),
      );
    }
    const known = error.code ? FASTIFY_CLIENT_ERRORS[error.code] : undefined;
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (known) return send(reply, problem(status, known.code, known.title));
    if (status >= 400 && status < 500) return send(reply, problem(status, 'bad-request', 'Requête refusée'));
    // The database stopped or unreachable: a clear, retryable problem, not an internal error.
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ code: error.code ?? null }, 'database unavailable');
      return send(
        reply,
        problem(
          503,
          'database-unavailable',
          'La passerelle ne joint plus sa base de données : réessayez dans quelques secondes.',
          {
            detail: 'Nothing was done. Try again later.',
          },
        ),
        { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) },
      );
    }
    request.log.error({ err: error }, 'unexpected error');
    return send(reply, problem(500, 'internal-error', 'Erreur interne de la passerelle'));
  });
}
