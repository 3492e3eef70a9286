import { z } from 'zod';
import { SETTING_KEYS, VERIFICATION_MODES } from '../../settings/core/settings';
import type { ProtocolMap } from './protocol';

const settingKey = z.enum(SETTING_KEYS as [string, ...string[]]);
const isoDate = z
  .string()
  .datetime({ offset: true })
  .or(z.string().regex(/^\d{4}-\d{2}-\d{2}$/));

/**
 * The zod schema of every request of the protocol, checked by the background before any
 * handler runs. Shapes only; business checks (identifier form, policy locks) live in the
 * services.
 */
export const requestSchemas = {
  ping: z.undefined().or(z.null()),
  getConnectionState: z.undefined().or(z.null()),
  refreshEvents: z.object({ force: z.boolean().optional() }).strict(),
  getEventDetail: z
    .object({ source: z.enum(['mee', 'salon-en-ligne']), id: z.string().min(1).max(64) })
    .strict(),
  verifyStatus: z
    .object({
      mode: z.enum(VERIFICATION_MODES),
      identifiant: z.string().max(64).optional(),
      motif: z.string().trim().min(1).max(200),
      caseReference: z.string().trim().min(1).max(100),
    })
    .strict(),
  getAgentSession: z.undefined().or(z.null()),
  agentSignIn: z.undefined().or(z.null()),
  agentSignOut: z.undefined().or(z.null()),
  signOut: z.undefined().or(z.null()),
  getSettingsView: z.undefined().or(z.null()),
  saveUserSettings: z
    .object({
      values: z.record(settingKey, z.unknown()),
      clear: z.array(settingKey).optional(),
    })
    .strict(),
  testConnection: z.object({ service: z.enum(['events', 'franceconnect', 'api-particulier']) }).strict(),
  listJournal: z
    .object({
      from: isoDate.optional(),
      to: isoDate.optional(),
      motif: z.string().max(200).optional(),
      outcome: z.enum(['registered', 'no_longer_registered', 'not_found', 'refused', 'error']).optional(),
    })
    .strict(),
  findJournalByIdentifier: z.object({ identifiant: z.string().min(1).max(64) }).strict(),
} satisfies Record<keyof ProtocolMap, z.ZodType>;
