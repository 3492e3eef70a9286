/** Part 2's context and caller from part 1's configuration and DPoP authentication. */
import type { FastifyRequest } from 'fastify';
import { callerOf } from '../api/auth';
import type { GatewayDeps } from '../app-types';
import type { Part2Caller } from './caller';
import { buildPart2Context, type Part2Context } from './context';

export function part2Context(deps: GatewayDeps): Part2Context {
  const { config, secrets } = deps.loaded;
  return buildPart2Context({
    db: deps.database.db,
    publicUrl: config.publicUrl,
    upstreams: config.upstreams,
    returnUris: config.extension.redirectUris,
    organisations: config.organisations,
    secret: (env) => secrets.get({ env }),
  });
}

export function part2Caller(request: FastifyRequest): Part2Caller {
  const caller = callerOf(request);
  return { agentId: caller.agent.id, organisationId: caller.organisation.id, role: caller.role };
}
