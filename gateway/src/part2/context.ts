/**
 * What part 2's routes need, built once per process from the validated configuration and
 * the environment: per organisation its check profile, upstream clients and journal key.
 * Nothing here is shared state: every shared thing (journal, limits, tokens, cache, flows)
 * is in the database.
 */
import type { StatusField } from '../../../lib/settings/core/constants';
import type { OrganisationCheckProfile } from '../checks/identifier-check';
import type { Database } from '../db/open';
import { createPartnerTokens, type PartnerTokens } from '../events/partner-token';
import { parseJournalKey } from '../journal/fingerprint';
import type { FranceConnectClient } from '../upstream/franceconnect';
import { createLimiter, limiterKey, type Limiter } from '../upstream/limiter';
import type { Upstreams } from './upstreams';

/** Under API Particulier's 20 requests/s per token, and the partner gateway's ~10/s per client. */
export const API_PARTICULIER_PER_SECOND = 10;
export const EVENTS_PER_SECOND = 8;

export interface OrganisationRuntime {
  id: string;
  name: string;
  profile: OrganisationCheckProfile;
  franceConnect: FranceConnectClient | null;
  partnerTokens: PartnerTokens;
  eventsLimiterKey: string;
  defaultTerritory: string[];
  agentsMayChangeTerritory: boolean;
  journalDays: number;
}

export interface Part2Context {
  db: Database;
  publicUrl: string;
  upstreams: Upstreams;
  returnUris: readonly string[];
  organisations: ReadonlyMap<string, OrganisationRuntime>;
  apiParticulierLimiter: Limiter;
  eventsLimiter: Limiter;
}

/** The organisation fields part 2 reads (a subset of part 1's organisation configuration). */
export interface OrganisationSettings {
  id: string;
  name: string;
  siret: string;
  verificationModes: readonly ('identifiant' | 'franceconnect')[];
  motifs: readonly string[];
  visibleResultFields: readonly StatusField[];
  retention: { journalDays: number };
  defaultTerritory: { departements: readonly string[]; agentsMayChange?: boolean };
  credentials: {
    franceTravailPartner: { clientId: string; clientSecret: { env: string } };
    franceConnect?: { clientId: string; clientSecret: { env: string } } | undefined;
    apiParticulierToken?: { env: string } | undefined;
    journalKey?: { env: string } | undefined;
  };
}

export function buildPart2Context(options: {
  db: Database;
  publicUrl: string;
  upstreams: Upstreams;
  returnUris: readonly string[];
  organisations: readonly OrganisationSettings[];
  /** Reads a secret by variable name (NAME or NAME_FILE); throws naming the variable. */
  secret: (name: string) => string;
}): Part2Context {
  const organisations = new Map<string, OrganisationRuntime>();
  for (const org of options.organisations) {
    const ref = org.credentials.journalKey;
    let journalKey: Buffer;
    try {
      if (!ref) throw new Error('missing');
      journalKey = parseJournalKey(options.secret(ref.env));
    } catch (error) {
      throw new Error(
        `Organisation "${org.id}": credentials.journalKey must name a secret holding the journal key (at least 32 bytes, hex or base64url)`,
        { cause: error },
      );
    }
    const partner = org.credentials.franceTravailPartner;
    const partnerClient = {
      tokenUrl: options.upstreams.partnerTokenUrl,
      clientId: partner.clientId,
      clientSecret: options.secret(partner.clientSecret.env),
      scope: 'api_evenementsv1 evenements',
    };
    const fc = org.credentials.franceConnect;
    const token = org.credentials.apiParticulierToken;
    organisations.set(org.id, {
      id: org.id,
      name: org.name,
      profile: {
        id: org.id,
        siret: org.siret,
        motifs: org.motifs,
        modes: org.verificationModes,
        visibleFields: org.visibleResultFields,
        apiParticulierToken: token ? options.secret(token.env) : null,
        journalKey,
      },
      franceConnect: fc
        ? {
            issuer: options.upstreams.franceConnectIssuer,
            clientId: fc.clientId,
            clientSecret: options.secret(fc.clientSecret.env),
          }
        : null,
      partnerTokens: createPartnerTokens(options.db, partnerClient),
      eventsLimiterKey: limiterKey('events', partnerClient.clientId),
      defaultTerritory: [...org.defaultTerritory.departements],
      agentsMayChangeTerritory: org.defaultTerritory.agentsMayChange ?? true,
      journalDays: org.retention.journalDays,
    });
  }
  return {
    db: options.db,
    publicUrl: options.publicUrl,
    upstreams: options.upstreams,
    returnUris: options.returnUris,
    organisations,
    apiParticulierLimiter: createLimiter(options.db, API_PARTICULIER_PER_SECOND),
    eventsLimiter: createLimiter(options.db, EVENTS_PER_SECOND),
  };
}
