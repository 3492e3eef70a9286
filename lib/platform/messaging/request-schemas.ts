import { z } from 'zod';
import { SETTING_KEYS } from '../../settings/core/settings';
import {
  CASE_REFERENCE_MAX_LENGTH,
  caseReferenceProblem,
  MOTIF_MAX_LENGTH,
  VERIFICATION_MODES,
  normaliseCaseReference,
  normaliseMotif,
} from '../../status/core/check-rules';
import { IDENTIFIER_MAX_LENGTH } from '../../status/core/identifier';
import { CHECK_OUTCOMES } from '../../journal/core/types';
import type { ProtocolMap } from './protocol';

const settingKey = z.enum(SETTING_KEYS as [string, ...string[]]);
const isoDate = z
  .string()
  .datetime({ offset: true })
  .or(z.string().regex(/^\d{4}-\d{2}-\d{2}$/));

/**
 * The zod schema of every request of the protocol, checked by the background before any
 * handler runs. Shapes and limits (the status check's, from lib/status/core); business
 * checks (identifier form, policy locks) live in the services.
 */

/** Text normalised by its rule, then bounded by its limit. */
const normalised = (normalise: (text: string) => string, max: number) =>
  z
    .string()
    .max(max * 4)
    .transform(normalise)
    .pipe(z.string().min(1).max(max));

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
      identifiant: z.string().trim().max(IDENTIFIER_MAX_LENGTH).optional(),
      motif: normalised(normaliseMotif, MOTIF_MAX_LENGTH),
      caseReference: normalised(normaliseCaseReference, CASE_REFERENCE_MAX_LENGTH).refine(
        (reference) => caseReferenceProblem(reference) === null,
        'a case reference (a file number with a digit, no name)',
      ),
    })
    .strict(),
  getAgentSession: z.undefined().or(z.null()),
  agentSignIn: z.undefined().or(z.null()),
  agentSignOut: z.undefined().or(z.null()),
  signOut: z.undefined().or(z.null()),
  getSettingsView: z.undefined().or(z.null()),
  getOrganisationSettings: z.undefined().or(z.null()),
  saveUserSettings: z
    .object({
      // partialRecord: z.record over an enum is exhaustive in zod 4, and would turn every key left
      // out into undefined, which the store reads as "back to the default" (so saving one setting
      // erased the others).
      values: z.partialRecord(settingKey, z.unknown()),
      clear: z.array(settingKey).optional(),
    })
    .strict(),
  testConnection: z.object({ service: z.enum(['events', 'franceconnect', 'api-particulier']) }).strict(),
  listJournal: z
    .object({
      from: isoDate.optional(),
      to: isoDate.optional(),
      motif: z.string().max(MOTIF_MAX_LENGTH).optional(),
      outcome: z.enum(CHECK_OUTCOMES).optional(),
      scope: z.enum(['mine', 'organisation']).optional(),
    })
    .strict(),
  getJournalAccess: z.undefined().or(z.null()),
  findJournalByIdentifier: z
    .object({ identifiant: z.string().trim().min(1).max(IDENTIFIER_MAX_LENGTH) })
    .strict(),
  exportJournal: z.object({ from: isoDate.optional(), to: isoDate.optional() }).strict(),
  verifyJournalChain: z.undefined().or(z.null()),
  getLocalJournalMigration: z.undefined().or(z.null()),
  finishLocalJournalMigration: z.undefined().or(z.null()),
} satisfies Record<keyof ProtocolMap, z.ZodType>;
