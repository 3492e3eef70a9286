/**
 * At start, the configuration's organisations are written to the database (one row each, its
 * digest telling when its configuration changed); rows of organisations no longer configured
 * stay (their agents and, in part 2, their journal still refer to them) but admit no one.
 */
import { createHash } from 'node:crypto';
import type { OrganisationConfig } from '../config/schema';
import type { Database } from '../db/open';

export function configDigest(org: OrganisationConfig): string {
  return createHash('sha256').update(JSON.stringify(org)).digest('hex');
}

export async function syncOrganisations(
  db: Database,
  organisations: readonly OrganisationConfig[],
): Promise<void> {
  const now = new Date();
  for (const org of organisations) {
    await db
      .insertInto('organisations')
      .values({
        id: org.id,
        siret: org.siret,
        name: org.name,
        config_digest: configDigest(org),
        updated_at: now,
      })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({
          siret: org.siret,
          name: org.name,
          config_digest: configDigest(org),
          updated_at: now,
        }),
      )
      .execute();
  }
}
