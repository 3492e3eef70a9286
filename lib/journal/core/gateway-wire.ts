/**
 * The central journal's answers on the wire (gateway/src/journal/routes.ts): one schema for
 * the gateway that writes them (and its OpenAPI document) and for the extension that parses
 * them. No data about the checked person: the agent's own name, the motif, the case reference.
 */
import { z } from 'zod';
import { CHECK_OUTCOMES } from './types';

export const journalCheckSchema = z
  .object({
    checkId: z.uuid(),
    seq: z.number().int(),
    at: z.string(),
    agentId: z.string(),
    mode: z.enum(['identifiant', 'franceconnect']).nullable(),
    motif: z.string().nullable(),
    caseReference: z.string().nullable(),
    outcome: z.enum(CHECK_OUTCOMES).nullable(),
    errorCode: z.string().nullable(),
    completedAt: z.string().nullable(),
    agent: z
      .object({ givenName: z.string(), usualName: z.string(), email: z.string() })
      .nullable()
      .describe('Who checked (the gateway’s agents table); null if unknown.'),
  })
  .meta({ id: 'JournalCheck' });
export type JournalCheck = z.infer<typeof journalCheckSchema>;

export const journalChecksSchema = z
  .object({ checks: z.array(journalCheckSchema), nextBefore: z.number().int().nullable() })
  .meta({ id: 'JournalChecks' });

export const CHAIN_BREAK_KINDS = ['missing', 'link', 'altered', 'truncated'] as const;

export const chainReportSchema = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    firstSeq: z.number().int().nullable(),
    lastSeq: z.number().int().nullable(),
    firstBreak: z
      .object({
        kind: z.enum(CHAIN_BREAK_KINDS),
        position: z.number().int(),
        entryId: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'ChainReport' });
export type ChainReport = z.infer<typeof chainReportSchema>;
