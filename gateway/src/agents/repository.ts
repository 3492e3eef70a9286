/**
 * Agents admitted at least once. A row is written at each sign-in (first seen kept, last seen
 * and identity refreshed from ProConnect); the API finds the agent behind a token here.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from '../db/open';
import type { Agent, AgentRole } from '../db/schema';

export interface SignedInAgent {
  organisationId: string;
  sub: string;
  idp: string;
  siret: string | null;
  email: string;
  givenName: string;
  usualName: string;
  role: AgentRole;
}

export async function recordSignIn(db: Database, agent: SignedInAgent): Promise<Agent> {
  const fields = {
    idp_id: agent.idp,
    siret: agent.siret,
    email: agent.email,
    given_name: agent.givenName,
    usual_name: agent.usualName,
    role: agent.role,
  };
  return db
    .insertInto('agents')
    .values({
      id: randomUUID(),
      organisation_id: agent.organisationId,
      proconnect_sub: agent.sub,
      ...fields,
      last_seen_at: sql<Date>`now()`,
    })
    .onConflict((oc) =>
      oc
        .columns(['organisation_id', 'proconnect_sub'])
        .doUpdateSet({ ...fields, last_seen_at: sql<Date>`now()` }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findAgent(db: Database, id: string): Promise<Agent | undefined> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
  return db.selectFrom('agents').selectAll().where('id', '=', id).executeTakeFirst();
}
