/**
 * The whole UI ↔ background protocol, in one place. Every message has a request type and
 * a response type; the background parses each request with zod (request-schemas.ts) and
 * answers expected failures as `Result` values with stable error codes, never as thrown
 * errors. Type-only module: UI bundles import no zod through it. Each answer's type is
 * defined beside the module that produces it and imported here.
 */
import type { SettingKey } from '../../settings/core/settings';
import type { ConnectionState, ConnectionTestReport, ServiceName } from '../../settings/connection';
import type { SettingsView } from '../../settings/settings-view';
import type { OrganisationView } from '../../settings/organisation-view';
import type { EmploymentEvent } from '../../events/core/event';
import type { RefreshSummary } from '../../events/refresh';
import type { VerifyRequest, VerifyResponse } from '../../status/core/check';
import type { Result } from '../../core/app-error';
import type {
  JournalAccess,
  JournalCsvFile,
  JournalEntry,
  JournalListing,
  JournalQuery,
  JournalScope,
  LocalJournalMigration,
} from '../../journal/core/types';
import type { ChainReport } from '../../journal/core/gateway-wire';
import type { AgentSessionState, SignOutReport } from '../../agent-session/core/agent';

// The answers' types live with the modules that produce them; named here for the UI.
export type {
  ConnectionState,
  ConnectionTestReport,
  ConnectionTestStep,
  ServiceName,
} from '../../settings/connection';
export type { SettingsView } from '../../settings/settings-view';
export type { OrganisationView } from '../../settings/organisation-view';
export type { RefreshSummary } from '../../events/refresh';
export type { VerifyRequest, VerifyResponse } from '../../status/core/check';

export interface PingResponse {
  extensionVersion: string;
  /** When the background answered (ISO instant): proves a real round trip. */
  answeredAt: string;
}

export interface ProtocolMap {
  ping(): PingResponse;
  getConnectionState(): Result<ConnectionState>;
  /** Fetches all pages of the agent's territory into the events cache (storage.local). */
  refreshEvents(data: { force?: boolean }): Result<RefreshSummary>;
  /** Fresh detail of one event. */
  getEventDetail(data: { source: EmploymentEvent['source']; id: string }): Result<EmploymentEvent>;
  /** Runs a check; writes its journal entry; the result goes to the panel's memory only. */
  verifyStatus(data: VerifyRequest): Result<VerifyResponse>;
  /** Who is signed in at the organisation gateway (the token refreshed first if needed). */
  getAgentSession(): Result<AgentSessionState>;
  /** Signs the agent in at the gateway (ProConnect) in the browser's sign-in window. */
  agentSignIn(): Result<AgentSessionState>;
  /** Revokes the agent's gateway tokens and ends the gateway and ProConnect sessions. */
  agentSignOut(): Result<SignOutReport>;
  /** Forgets every token (partner and FranceConnect). */
  signOut(): Result<{ cleared: number }>;
  getSettingsView(): Result<SettingsView>;
  /** The organisation's settings (from its gateway; the extension's own in direct mode), read-only. */
  getOrganisationSettings(): Result<OrganisationView>;
  /**
   * Saves the agent's own settings (keys fixed by policy are refused, and the territory when
   * the organisation does not let agents choose it).
   */
  saveUserSettings(data: {
    values: Partial<Record<SettingKey, unknown>>;
    clear?: SettingKey[];
  }): Result<SettingsView>;
  testConnection(data: { service: ServiceName }): Result<ConnectionTestReport>;
  /** Local or central journal, and whether the agent oversees the organisation's. */
  getJournalAccess(): Result<JournalAccess>;
  listJournal(data: JournalQuery & { scope?: JournalScope }): Result<JournalListing>;
  /** "A-t-on vérifié cet identifiant ?": computes the fingerprint, finds the entries. */
  findJournalByIdentifier(data: { identifiant: string }): Result<JournalEntry[]>;
  /** The organisation's export (gateway CSV); null when the view builds it from its rows. */
  exportJournal(data: { from?: string; to?: string }): Result<JournalCsvFile | null>;
  /** The hash chain's verification; null for the local journal (no chain). */
  verifyJournalChain(): Result<ChainReport | null>;
  /** The old local journal's entries, offered once for export when the gateway keeps the journal. */
  getLocalJournalMigration(): Result<LocalJournalMigration | null>;
  /** Deletes the old local journal (after its export, or declined); never offered again. */
  finishLocalJournalMigration(): Result<{ removed: number }>;
}
