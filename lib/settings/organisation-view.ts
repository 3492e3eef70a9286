import type { OrganisationSettings } from '../gateway-api/core/wire';
import type { StatusField, VerificationMode } from './core/constants';

/**
 * The organisation's settings as the options page shows them (read-only), type-only so the
 * page bundles no zod. Through the gateway they are the organisation's own (GET
 * /api/v1/settings, for the signed-in agent); in the simulator's direct mode there is no
 * organisation: the values in force are the extension's (its policy or its defaults).
 */
export type OrganisationView =
  | { source: 'gateway'; status: 'not_configured' }
  | { source: 'gateway'; status: 'signed_out'; gatewayUrl: string }
  | { source: 'gateway'; status: 'loaded'; gatewayUrl: string; settings: OrganisationSettings }
  | { source: 'direct'; settings: DirectModeSettings };

/** What applies in the simulator's direct mode, and where it comes from. */
export interface DirectModeSettings {
  simulatorUrl: string;
  verificationModes: VerificationMode[];
  motifs: string[];
  statusFields: StatusField[];
  departements: string[];
  journalRetentionDays: number;
  agentName?: string;
  /** Whether the extension's policy fixes these values (otherwise its built-in defaults). */
  fromPolicy: boolean;
}

/** Whether the agent may choose their territory (an older gateway's answer: yes). */
export function agentMayChangeTerritory(view: OrganisationView | undefined): boolean {
  return (
    view?.source !== 'gateway' || view.status !== 'loaded' || view.settings.agentMayChangeTerritory !== false
  );
}
