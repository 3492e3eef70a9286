/** GET /api/v1/settings: what the extension shows for the signed-in agent's organisation. */
import { z } from 'zod';
import type { GatewayApp } from '../app-types';
import { problemSchema } from '../http/problem';
import { organisationOf, type CallerOf } from './caller';
import type { Part2Context } from './context';

export const organisationSettingsSchema = z
  .object({
    organisation: z.object({ id: z.string(), name: z.string() }),
    role: z.enum(['agent', 'referent', 'dpo']),
    verificationModes: z.array(z.enum(['franceconnect', 'identifiant'])),
    motifs: z.array(z.string()),
    visibleResultFields: z.array(z.enum(['identite', 'contact', 'adresse', 'inscription'])),
    defaultTerritory: z.array(z.string()),
    agentMayChangeTerritory: z.boolean(),
    retention: z.object({ journalDays: z.number().int() }),
  })
  .meta({ id: 'OrganisationSettings' });

export function settingsRoute(api: GatewayApp, context: Part2Context, callerOf: CallerOf): void {
  api.get(
    '/settings',
    {
      schema: {
        summary:
          'The organisation’s settings for the signed-in agent (modes, motifs, visible fields, territory, retention, role)',
        tags: ['api'],
        security: [{ dpop: [] }],
        response: { 200: organisationSettingsSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const org = organisationOf(context, caller);
      return reply.header('cache-control', 'no-store').send({
        organisation: { id: org.id, name: org.name },
        role: caller.role,
        verificationModes: [...org.profile.modes],
        motifs: [...org.profile.motifs],
        visibleResultFields: [...org.profile.visibleFields],
        defaultTerritory: org.defaultTerritory,
        agentMayChangeTerritory: org.agentsMayChangeTerritory,
        retention: { journalDays: org.journalDays },
      });
    },
  );
}
