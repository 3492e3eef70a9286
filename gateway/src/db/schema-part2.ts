/**
 * Part 2's tables (journal, checks, limits, events), as Kysely sees them. Kept beside part 1's
 * schema.ts and merged into its `Schema`, so each feature module reads and writes its own.
 */
import type { ColumnType, Generated } from 'kysely';

/** Append-only: a trigger refuses UPDATE and DELETE (migration 0100). */
export interface JournalEntriesTable {
  organisation_id: string;
  seq: ColumnType<number, number, never>;
  id: string;
  at: ColumnType<Date, Date, never>;
  kind: string;
  agent_id: string;
  mode: string | null;
  motif: string | null;
  case_reference: string | null;
  fingerprint: string | null;
  check_id: string | null;
  outcome: string | null;
  error_code: string | null;
  detail: string | null;
  prev_hash: string;
  hash: string;
}

/** The last appended entry per organisation, and where the chain starts after a purge. */
export interface JournalHeadsTable {
  organisation_id: string;
  seq: number;
  hash: string;
  anchor_seq: number;
  anchor_hash: string;
}

/** FranceConnect checks between start and collection; the result only as a JWE. */
export interface FranceconnectChecksTable {
  id: string;
  organisation_id: string;
  agent_id: string;
  state: string;
  nonce: string;
  code_verifier: string;
  one_time_key: ColumnType<Record<string, unknown>, string, string>;
  return_uri: string;
  /** The FranceConnect id_token, kept only between callback and logout (logout hint). */
  id_token_hint: string | null;
  sealed_result: string | null;
  outcome: string | null;
  error_code: string | null;
  expires_at: Date;
  created_at: ColumnType<Date, Date | undefined, never>;
}

/** One row per upstream credential (keyed by a hash, never the token): quota window and block. */
export interface UpstreamLimitsTable {
  key: string;
  window_start: Date;
  count: number;
  blocked_until: Date | null;
}

/** The partner token of a client, encrypted with a key derived from the client secret. */
export interface PartnerTokensTable {
  client_key: string;
  ciphertext: string;
  expires_at: Date;
  lease_until: Date | null;
}

/** The events of a territory as last fetched, with its lease for single-flight refresh. */
export interface EventsCacheTable {
  territory: string;
  etag: string | null;
  events: ColumnType<unknown, string, string> | null;
  fetched_at: Date | null;
  dropped: Generated<number>;
  requests: Generated<number>;
  refreshes: Generated<number>;
  failure_at: Date | null;
  failure_code: string | null;
  lease_until: Date | null;
}

export interface Part2Tables {
  journal_entries: JournalEntriesTable;
  journal_heads: JournalHeadsTable;
  franceconnect_checks: FranceconnectChecksTable;
  upstream_limits: UpstreamLimitsTable;
  partner_tokens: PartnerTokensTable;
  events_cache: EventsCacheTable;
}
