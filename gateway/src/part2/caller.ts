/** Who calls part 2's routes, as part 1's DPoP authentication established it. */
import type { FastifyRequest } from 'fastify';
import { ProblemError } from '../http/problem';
import type { OrganisationRuntime, Part2Context } from './context';

export type Role = 'agent' | 'referent' | 'dpo';

export interface Part2Caller {
  agentId: string;
  organisationId: string;
  role: Role;
}

export type CallerOf = (request: FastifyRequest) => Part2Caller;

export function organisationOf(context: Part2Context, caller: Part2Caller): OrganisationRuntime {
  const org = context.organisations.get(caller.organisationId);
  if (!org)
    throw new ProblemError(
      403,
      'organisation-unknown',
      'Votre organisation n’est pas servie par cette passerelle.',
    );
  return org;
}

/** Référent and DPO see the organisation's journal; agents only their own entries. */
export function requireOversight(caller: Part2Caller): void {
  if (caller.role === 'agent') {
    throw new ProblemError(
      403,
      'role-required',
      'Réservé au référent et au délégué à la protection des données de votre organisation.',
    );
  }
}
