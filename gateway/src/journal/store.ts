/**
 * The central journal in the database. Appends are serialised per organisation by locking
 * its head row, so every process extends one chain; reads never trust a row before zod has
 * checked it. No update, no delete here: the trigger would refuse them anyway.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { Database } from '../db/open';
import type { JournalEntriesTable } from '../db/schema-part2';
import { GENESIS_HASH, createChainVerifier, sealEntry, type ChainReport } from './chain';
import { journalEntrySchema, type CheckOutcome, type JournalDraft, type JournalEntry } from './entry';

export type JournalDb = Database;

function toEntry(row: Selectable<JournalEntriesTable>): JournalEntry {
  return journalEntrySchema.parse({
    organisationId: row.organisation_id,
    seq: Number(row.seq),
    id: row.id,
    at: new Date(row.at).toISOString(),
    kind: row.kind,
    agentId: row.agent_id,
    mode: row.mode,
    motif: row.motif,
    caseReference: row.case_reference,
    fingerprint: row.fingerprint,
    checkId: row.check_id,
    outcome: row.outcome,
    errorCode: row.error_code,
    detail: row.detail,
    prevHash: row.prev_hash,
    hash: row.hash,
  });
}

/** Appends one entry to the organisation's chain and returns it sealed. */
export async function appendEntry(
  db: JournalDb,
  organisationId: string,
  draft: JournalDraft,
  now: Date = new Date(),
): Promise<JournalEntry> {
  const entry = await appendUnless(db, organisationId, draft, now, async () => false);
  if (!entry) throw new Error('unreachable: the append had no condition');
  return entry;
}

type Transaction = Parameters<Parameters<ReturnType<JournalDb['transaction']>['execute']>[0]>[0];

/** Appends unless `skip` (asked under the chain's lock) says no; null when skipped. */
async function appendUnless(
  db: JournalDb,
  organisationId: string,
  draft: JournalDraft,
  now: Date,
  skip: (trx: Transaction) => Promise<boolean>,
): Promise<JournalEntry | null> {
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('journal_heads')
      .values({
        organisation_id: organisationId,
        seq: 0,
        hash: GENESIS_HASH,
        anchor_seq: 0,
        anchor_hash: GENESIS_HASH,
      })
      .onConflict((oc) => oc.column('organisation_id').doNothing())
      .execute();
    const head = await trx
      .selectFrom('journal_heads')
      .select(['seq', 'hash'])
      .where('organisation_id', '=', organisationId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (await skip(trx)) return null;
    const entry = sealEntry(
      { seq: Number(head.seq), hash: head.hash },
      { ...draft, organisationId, id: randomUUID(), at: now.toISOString() },
    );
    await trx
      .insertInto('journal_entries')
      .values({
        organisation_id: organisationId,
        seq: entry.seq,
        id: entry.id,
        at: new Date(entry.at),
        kind: entry.kind,
        agent_id: entry.agentId,
        mode: entry.mode,
        motif: entry.motif,
        case_reference: entry.caseReference,
        fingerprint: entry.fingerprint,
        check_id: entry.checkId,
        outcome: entry.outcome,
        error_code: entry.errorCode,
        detail: entry.detail,
        prev_hash: entry.prevHash,
        hash: entry.hash,
      })
      .execute();
    await trx
      .updateTable('journal_heads')
      .set({ seq: entry.seq, hash: entry.hash })
      .where('organisation_id', '=', organisationId)
      .execute();
    return entry;
  });
}

/**
 * Checks by identifier left without an outcome by a process that stopped (killed, crashed,
 * database lost mid-check) are closed as `interrupted` ("interrompue"), once, by whichever
 * process gets there first. Only intents older than `before`: a live process finishes a
 * check within 30 s (checks/identifier-check.ts bounds its retries).
 */
export const INTERRUPTED_AFTER_MS = 40_000;

export async function closeInterruptedChecks(
  db: JournalDb,
  before: Date,
  now: Date = new Date(),
): Promise<number> {
  const open = await db
    .selectFrom('journal_entries as i')
    .leftJoin('journal_entries as o', (join) =>
      join
        .onRef('o.organisation_id', '=', 'i.organisation_id')
        .onRef('o.check_id', '=', 'i.id')
        .on('o.kind', '=', 'check_outcome'),
    )
    .select(['i.id', 'i.organisation_id', 'i.agent_id'])
    .where('i.kind', '=', 'check_intent')
    .where('i.mode', '=', 'identifiant')
    .where('i.at', '<', before)
    .where('o.id', 'is', null)
    .orderBy('i.seq')
    .execute();
  let closed = 0;
  for (const intent of open) {
    const entry = await appendUnless(
      db,
      intent.organisation_id,
      {
        kind: 'check_outcome',
        agentId: intent.agent_id,
        mode: 'identifiant',
        motif: null,
        caseReference: null,
        fingerprint: null,
        checkId: intent.id,
        outcome: 'interrupted',
        errorCode: 'process_stopped',
        detail: null,
      },
      now,
      async (trx) =>
        (await trx
          .selectFrom('journal_entries')
          .select('id')
          .where('organisation_id', '=', intent.organisation_id)
          .where('check_id', '=', intent.id)
          .where('kind', '=', 'check_outcome')
          .executeTakeFirst()) !== undefined,
    );
    if (entry) closed += 1;
  }
  return closed;
}

export interface EntryFilters {
  from?: Date | undefined;
  to?: Date | undefined;
  agentId?: string | undefined;
  fingerprint?: string | undefined;
}

/** Raw entries of one organisation in chain order (exports), `afterSeq` for the next page. */
export async function listEntries(
  db: JournalDb,
  organisationId: string,
  filters: EntryFilters,
  page: { afterSeq?: number; limit: number },
): Promise<JournalEntry[]> {
  let query = db.selectFrom('journal_entries').selectAll().where('organisation_id', '=', organisationId);
  if (filters.from) query = query.where('at', '>=', filters.from);
  if (filters.to) query = query.where('at', '<', filters.to);
  if (filters.agentId) query = query.where('agent_id', '=', filters.agentId);
  if (filters.fingerprint) query = query.where('fingerprint', '=', filters.fingerprint);
  if (page.afterSeq !== undefined) query = query.where('seq', '>', page.afterSeq);
  const rows = await query.orderBy('seq').limit(page.limit).execute();
  return rows.map(toEntry);
}

/** A check as agents and DPOs read it: its intent and, once known, its outcome. */
export interface CheckRecord {
  checkId: string;
  seq: number;
  at: string;
  agentId: string;
  mode: 'identifiant' | 'franceconnect' | null;
  motif: string | null;
  caseReference: string | null;
  outcome: CheckOutcome | null;
  errorCode: string | null;
  completedAt: string | null;
}

export interface CheckFilters extends EntryFilters {
  motif?: string | undefined;
  outcome?: CheckOutcome | undefined;
}

/** Checks of one organisation, newest first; `beforeSeq` pages back. */
export async function listChecks(
  db: JournalDb,
  organisationId: string,
  filters: CheckFilters,
  page: { beforeSeq?: number | undefined; limit: number },
): Promise<CheckRecord[]> {
  let query = db
    .selectFrom('journal_entries as i')
    .leftJoin('journal_entries as o', (join) =>
      join
        .onRef('o.organisation_id', '=', 'i.organisation_id')
        .onRef('o.check_id', '=', 'i.id')
        .on('o.kind', '=', 'check_outcome'),
    )
    .select([
      'i.id',
      'i.seq',
      'i.at',
      'i.agent_id',
      'i.mode',
      'i.motif',
      'i.case_reference',
      'o.outcome',
      'o.error_code',
      'o.at as completed_at',
    ])
    .where('i.organisation_id', '=', organisationId)
    .where('i.kind', '=', 'check_intent');
  if (filters.from) query = query.where('i.at', '>=', filters.from);
  if (filters.to) query = query.where('i.at', '<', filters.to);
  if (filters.agentId) query = query.where('i.agent_id', '=', filters.agentId);
  if (filters.fingerprint) query = query.where('i.fingerprint', '=', filters.fingerprint);
  if (filters.motif) query = query.where('i.motif', '=', filters.motif);
  if (filters.outcome) query = query.where('o.outcome', '=', filters.outcome);
  if (page.beforeSeq !== undefined) query = query.where('i.seq', '<', page.beforeSeq);
  const rows = await query.orderBy('i.seq', 'desc').limit(page.limit).execute();
  return rows.map((row) => ({
    checkId: row.id,
    seq: Number(row.seq),
    at: new Date(row.at).toISOString(),
    agentId: row.agent_id,
    mode: (row.mode as CheckRecord['mode']) ?? null,
    motif: row.motif,
    caseReference: row.case_reference,
    outcome: (row.outcome as CheckOutcome | null) ?? null,
    errorCode: row.error_code ?? null,
    completedAt: row.completed_at ? new Date(row.completed_at).toISOString() : null,
  }));
}

const VERIFY_BATCH = 2000;

/** Verifies the organisation's whole chain from its anchor to its recorded head. */
export async function verifyJournal(db: JournalDb, organisationId: string): Promise<ChainReport> {
  const head = await db
    .selectFrom('journal_heads')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  const anchor = head ? { seq: Number(head.anchor_seq), hash: head.anchor_hash } : undefined;
  const verifier = createChainVerifier(anchor);
  let afterSeq: number | undefined;
  for (;;) {
    const batch = await listEntries(
      db,
      organisationId,
      {},
      {
        ...(afterSeq === undefined ? {} : { afterSeq }),
        limit: VERIFY_BATCH,
      },
    );
    let going = true;
    for (const entry of batch) if (!(going = verifier.push(entry))) break;
    if (!going || batch.length < VERIFY_BATCH) break;
    afterSeq = batch.at(-1)?.seq;
  }
  return verifier.finish(head ? Number(head.seq) : undefined);
}

/**
 * Removes the organisation's entries older than the start of the month of `before` (whole
 * months only), through the database function that alone may delete; returns the count.
 */
export async function purgeJournal(db: JournalDb, organisationId: string, before: Date): Promise<number> {
  const result = await sql<{
    removed: string | number;
  }>`select journal_purge(${organisationId}, ${before}) as removed`.execute(db);
  return Number(result.rows[0]?.removed ?? 0);
}
