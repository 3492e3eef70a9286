/**
 * The whole UI ↔ background protocol, in one place. Every message has a request type and
 * a response type; the background parses each request with zod (request-schemas.ts) and
 * answers expected failures as `Result` values with stable error codes, never as thrown
 * errors. Type-only module: UI bundles import no zod through it.
 */
import type {
  Environment,
  Language,
  SettingKey,
  SettingSource,
  SettingWarning,
  StatusField,
  VerificationMode,
} from '../../settings/core/settings';
import type { EmploymentEvent } from '../../events/core/event';
import type { JobSeekerStatus } from '../../status/core/status';
import type { AppError, Result } from '../../core/app-error';
import type { JournalEntry, JournalQuery } from '../../journal/core/types';
import type { AgentSessionState, SignOutReport } from '../../agent-session/core/agent';

export interface PingResponse {
  extensionVersion: string;
  /** When the background answered (ISO instant): proves a real round trip. */
  answeredAt: string;
}

export type ServiceName = 'events' | 'franceconnect' | 'api-particulier';

export interface ConnectionState {
  environment: Environment;
  /** Whether each service has what it needs (endpoints and credentials). */
  configured: Record<ServiceName, boolean>;
  /** Whether a partner token is currently held (never the token itself). */
  partnerTokenHeld: boolean;
}

export interface RefreshSummary {
  fetchedAt: string;
  count: number;
  /** Malformed items dropped while parsing. */
  dropped: number;
  requests: number;
}

export interface VerifyRequest {
  mode: VerificationMode;
  /** France Travail identifier, for mode "identifiant". */
  identifiant?: string;
  motif: string;
  caseReference: string;
}

export interface VerifyResponse {
  /** null when no registration was found for the identifier. */
  status: JobSeekerStatus | null;
  journalEntryId: string;
}

/** Settings as a UI page may see them: secrets replaced by whether they are set. */
export interface SettingsView {
  values: Partial<Record<SettingKey, unknown>>;
  secretsSet: Partial<Record<SettingKey, boolean>>;
  sources: Record<SettingKey, SettingSource>;
  warnings: SettingWarning[];
  language: Language;
  statusFields: StatusField[];
}

export interface ConnectionTestStep {
  /** Stable id of the step ("token", "search", "discovery"…). */
  step: string;
  ok: boolean;
  error?: AppError;
}

export interface ConnectionTestReport {
  service: ServiceName;
  steps: ConnectionTestStep[];
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
  /** Saves the agent's own settings (keys fixed by policy are refused). */
  saveUserSettings(data: {
    values: Partial<Record<SettingKey, unknown>>;
    clear?: SettingKey[];
  }): Result<SettingsView>;
  testConnection(data: { service: ServiceName }): Result<ConnectionTestReport>;
  listJournal(data: JournalQuery): Result<JournalEntry[]>;
  /** "A-t-on vérifié cet identifiant ?": computes the fingerprint, finds the entries. */
  findJournalByIdentifier(data: { identifiant: string }): Result<JournalEntry[]>;
}
