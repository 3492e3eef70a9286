import type { AppError } from '../core/app-error';
import type { Environment } from './core/constants';

export type ServiceName = 'events' | 'franceconnect' | 'api-particulier';

export interface ConnectionState {
  environment: Environment;
  /** Whether each service has what it needs (endpoints and credentials). */
  configured: Record<ServiceName, boolean>;
  /** Whether a partner token is currently held (never the token itself). */
  partnerTokenHeld: boolean;
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

/**
 * The connection to the services, as the options page sees it: its state, signing out, and
 * a test step by step. "Direct" tests the upstream services themselves
 * (lib/background/direct/); an organisation gateway would test the way to it.
 */
export interface ConnectionService {
  state(): Promise<ConnectionState>;
  /** Forgets every token; returns how many were held. */
  signOut(): Promise<number>;
  test(service: ServiceName): Promise<ConnectionTestReport>;
}
