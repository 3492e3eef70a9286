/**
 * /health: the process answers. /ready: the database answers and every migration is applied
 * (a load balancer sends traffic only then).
 */
import { sql } from 'kysely';
import { z } from 'zod';
import type { GatewayApp } from '../app-types';
import { migrationState } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { ProblemError, problemSchema } from '../http/problem';

export function healthRoutes(app: GatewayApp): void {
  const { database } = app.gateway;

  app.get(
    '/health',
    {
      schema: {
        summary: 'The process is alive',
        tags: ['operations'],
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      schema: {
        summary: 'The database is reachable and migrated',
        tags: ['operations'],
        response: {
          200: z.object({
            status: z.literal('ready'),
            database: z.enum(['postgres', 'pglite']),
            migrations: z.number().int().describe('Migrations applied (all of them).'),
          }),
          503: problemSchema,
        },
      },
    },
    async (request, reply) => {
      let pending: string[];
      try {
        await sql`select 1`.execute(database.db);
        pending = (await migrationState(database.db)).pending;
      } catch (error) {
        request.log.warn({ err: error }, 'readiness: database unreachable');
        throw new ProblemError(503, 'database-unavailable', 'Base de données injoignable');
      }
      if (pending.length > 0) {
        throw new ProblemError(503, 'migrations-pending', 'Migrations en attente', pending.join(', '));
      }
      return reply.header('cache-control', 'no-store').send({
        status: 'ready' as const,
        database: database.kind,
        migrations: Object.keys(MIGRATIONS).length,
      });
    },
  );
}
