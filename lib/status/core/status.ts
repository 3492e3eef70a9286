/**
 * The job-seeker status model: FranceConnect "statut augmenté" and API Particulier v3
 * answers are both normalised into it (lib/status/). Personal data: shown, never stored.
 */
import type { StatusField } from './check-rules';

export type StatusSource = 'franceconnect' | 'api-particulier';

export type CnavCertification = 'certified' | 'not_certified' | 'unknown';

export interface StatusIdentity {
  civility: string | null;
  birthName: string | null;
  usageName: string | null;
  firstName: string | null;
  sex: string | null;
  /** yyyy-MM-dd */
  birthDate: string | null;
  cnav: CnavCertification;
  cnavCode: string | null;
}

export interface StatusContact {
  email: string | null;
  phone: string | null;
  phone2: string | null;
}

export interface StatusAddress {
  /** Postal lines in order, empty ones left out. */
  lines: string[];
  postalCode: string | null;
  locality: string | null;
  inseeCode: string | null;
}

export interface StatusRegistration {
  registeredNow: boolean;
  /** yyyy-MM-dd */
  since: string | null;
  /** yyyy-MM-dd, null while registered. */
  until: string | null;
  categoryCode: string | null;
  /** Label as the API gives it (upper case). */
  categoryLabel: string | null;
}

/** The blocks of an answer, named as the organisation's display settings name them. */
export type StatusBlock = StatusField;

export interface JobSeekerStatus {
  source: StatusSource;
  /** When the answer came (ISO instant). */
  retrievedAt: string;
  identity: StatusIdentity | null;
  contact: StatusContact | null;
  address: StatusAddress | null;
  /** Null when the answer has no registration block (not covered by the habilitation). */
  registration: StatusRegistration | null;
  /**
   * Blocks the service left out because the organisation's habilitation (its API Particulier
   * token's scopes) does not cover them: said so to the agent, never taken for an error.
   */
  notCovered: StatusBlock[];
}
