/**
 * The database's tables as Kysely sees them. One module per feature reads and writes its
 * own tables (agents/, oauth/, signin/, api/); part 2 adds its tables beside these with a
 * new migration.
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type CreatedAt = ColumnType<Date, Date | undefined, never>;

/** The organisations of the configuration, as last seen at a start (runtime state lives here). */
export interface OrganisationsTable {
  id: string;
  siret: string;
  name: string;
  /** sha256 of the organisation's validated configuration: tells when it changed. */
  config_digest: string;
  first_seen_at: CreatedAt;
  updated_at: Date;
}

export type AgentRole = 'agent' | 'referent' | 'dpo';

/** Agents admitted at least once; one row per (organisation, ProConnect sub). */
export interface AgentsTable {
  id: string;
  organisation_id: string;
  proconnect_sub: string;
  idp_id: string;
  /** null when the identity provider sends no SIRET (admitted by e-mail domain). */
  siret: string | null;
  email: string;
  given_name: string;
  usual_name: string;
  /** The role at the last sign-in (the configuration is the authority at every request). */
  role: AgentRole;
  first_seen_at: CreatedAt;
  last_seen_at: Date;
}

/** oidc-provider's artefacts (sessions, grants, codes, tokens, interactions, replay ids). */
export interface OidcPayloadsTable {
  model: string;
  id: string;
  payload: ColumnType<Record<string, unknown>, string, string>;
  grant_id: string | null;
  uid: string | null;
  user_code: string | null;
  expires_at: Date | null;
  consumed_at: Date | null;
}

/** DPoP proofs seen by the API (sha256 of the jti per key), until their window closes. */
export interface DpopProofsTable {
  jti_hash: string;
  expires_at: Date;
}

/** Sign-ins sent to ProConnect and not yet back: PKCE verifier, nonce, by state. */
export interface ProconnectLoginsTable {
  state: string;
  interaction_uid: string;
  code_verifier: string;
  nonce: string;
  expires_at: Date;
}

/** The ProConnect session behind a grant: its id_token (logout hint) and its end. */
export interface ProconnectSessionsTable {
  grant_id: string;
  agent_id: string;
  id_token: string;
  ends_at: Date;
  created_at: CreatedAt;
}

/** Sign-outs sent through ProConnect's end_session, waiting to return to the extension. */
export interface SignOutsTable {
  state: string;
  /** The extension's redirect URI, a sign-in to resume (switching account), or none. */
  redirect_uri: string | null;
  client_state: string | null;
  expires_at: Date;
}

export interface Schema {
  organisations: OrganisationsTable;
  agents: AgentsTable;
  oidc_payloads: OidcPayloadsTable;
  dpop_proofs: DpopProofsTable;
  proconnect_logins: ProconnectLoginsTable;
  proconnect_sessions: ProconnectSessionsTable;
  sign_outs: SignOutsTable;
}

export type Agent = Selectable<AgentsTable>;
export type NewAgent = Insertable<AgentsTable>;
export type { Generated };
