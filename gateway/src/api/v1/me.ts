/** GET /api/v1/me: who the extension is signed in as (contract-proconnect.md). */
import { z } from 'zod';
import type { GatewayApp } from '../../app-types';
import { problemSchema } from '../../http/problem';
import { callerOf } from '../auth';

export const meSchema = z
  .object({
    agent: z.object({ givenName: z.string(), usualName: z.string(), email: z.string() }),
    organisation: z.object({ id: z.string(), name: z.string(), siret: z.string() }),
    role: z.enum(['agent', 'referent', 'dpo']),
  })
  .meta({ id: 'Me' });

export function meRoute(api: GatewayApp): void {
  api.get(
    '/me',
    {
      schema: {
        summary: 'The signed-in agent, their organisation and role',
        tags: ['api'],
        security: [{ dpop: [] }],
        response: { 200: meSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async (request, reply) => {
      const { agent, organisation, role } = callerOf(request);
      return reply.header('cache-control', 'no-store').send({
        agent: { givenName: agent.given_name, usualName: agent.usual_name, email: agent.email },
        organisation: { id: organisation.id, name: organisation.name, siret: organisation.siret },
        role,
      });
    },
  );
}
