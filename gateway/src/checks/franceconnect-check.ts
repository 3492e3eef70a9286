/**
 * A check with the person present (FranceConnect "statut augmenté"), across HTTP requests
 * that any gateway process may serve: start (journal intent, authorization URL), callback
 * (code exchange, "statut augmenté" at once, result minimised and sealed to the extension's
 * one-time key, journal outcome, then FranceConnect's end-session), logged-out (back to the
 * extension with the check id), collect (once, within a minute). The flow's state is a row of
 * `franceconnect_checks`; the person's data is only ever in it encrypted.
 */
import { randomUUID } from 'node:crypto';
import { minimiseStatus } from '../../../lib/status/core/minimise-status';
import type { Result } from '../../../lib/core/app-error';
import { readWithFranceConnect, type StatusLookup } from '../../../lib/status/clients';
import type { Database } from '../db/open';
import { ProblemError } from '../http/problem';
import type { CheckOutcome } from '../journal/entry';
import { appendEntry } from '../journal/store';
import { accessWith, bearerRequest } from '../upstream/access';
import {
  authorizationRequest,
  authorizationUrl,
  endSessionUrl,
  exchangeCode,
  franceConnectFailure,
  type FranceConnectClient,
  type PersonTokens,
} from '../upstream/franceconnect';
import { notCoveredFields, outcomeOf, type OrganisationCheckProfile } from './identifier-check';
import { CheckProblem, checkRequestProblems, journalUnavailable } from './problems';
import { SEALED_RESULT_TTL_MS, isUsableKey, sealResult, type OneTimeKey } from './seal';

/** The person reads, picks and consents: the flow may last this long before the callback. */
export const FLOW_TTL_MS = 10 * 60_000;
export const CALLBACK_PATH = '/checks/franceconnect/callback';
export const LOGGED_OUT_PATH = '/checks/franceconnect/logged-out';
/**
 * Where the extension sends the browser first: the gateway's own URL, which redirects to
 * FranceConnect. Firefox's launchWebAuthFlow refuses a URL whose `redirect_uri` parameter is
 * not the extension's own (the gateway's callback is not), so the FranceConnect URL cannot be
 * opened directly there.
 */
export const START_PATH = '/checks/franceconnect/:checkId/start';
export const startPathOf = (checkId: string) => START_PATH.replace(':checkId', encodeURIComponent(checkId));

export interface FranceConnectCheckDeps {
  db: Database;
  publicUrl: string;
  statusApiUrl: string;
  /** Exact redirect URIs of the extension (the configuration's), where the agent returns. */
  returnUris: readonly string[];
  now?: () => number;
}

export interface StartInput {
  agentId: string;
  motif: string;
  caseReference: string;
  oneTimeKey: OneTimeKey;
  returnUri: string;
}

const now = (deps: FranceConnectCheckDeps) => deps.now?.() ?? Date.now();

export async function startFranceConnectCheck(
  deps: FranceConnectCheckDeps,
  org: OrganisationCheckProfile,
  fc: FranceConnectClient | null,
  input: StartInput,
): Promise<{ checkId: string; authorizationUrl: string; startUrl: string }> {
  const problems = checkRequestProblems(org, 'franceconnect', input);
  if (!deps.returnUris.includes(input.returnUri)) {
    problems.push({ path: 'returnUri', message: 'one of the extension redirect URIs of the configuration' });
  }
  if (!(await isUsableKey(input.oneTimeKey)))
    problems.push({ path: 'oneTimeKey', message: 'a P-256 public key' });
  if (problems.length > 0) throw CheckProblem.invalid(problems);
  if (!fc) throw CheckProblem.notConfigured();

  let request;
  try {
    request = await authorizationRequest(fc, `${deps.publicUrl}${CALLBACK_PATH}`);
  } catch {
    throw new ProblemError(
      502,
      'franceconnect-unavailable',
      'FranceConnect est injoignable : réessayez plus tard.',
    );
  }
  let checkId: string;
  try {
    const intent = await appendEntry(deps.db, org.id, {
      kind: 'check_intent',
      agentId: input.agentId,
      mode: 'franceconnect',
      motif: input.motif,
      caseReference: input.caseReference.trim(),
      fingerprint: null,
      checkId: null,
      outcome: null,
      errorCode: null,
      detail: null,
    });
    checkId = intent.id;
  } catch {
    throw journalUnavailable();
  }
  await deps.db
    .insertInto('franceconnect_checks')
    .values({
      id: checkId,
      organisation_id: org.id,
      agent_id: input.agentId,
      state: request.state,
      nonce: request.nonce,
      code_verifier: request.codeVerifier,
      one_time_key: JSON.stringify(input.oneTimeKey),
      return_uri: input.returnUri,
      id_token_hint: null,
      sealed_result: null,
      outcome: null,
      error_code: null,
      expires_at: new Date(now(deps) + FLOW_TTL_MS),
    })
    .execute();
  return { checkId, authorizationUrl: request.url, startUrl: `${deps.publicUrl}${startPathOf(checkId)}` };
}

/**
 * The start route: the flow's FranceConnect URL while it waits for the person (not yet
 * called back, not expired), rebuilt from its stored secrets; else the "unknown" page. The
 * check id is random and the result is sealed to the extension's key, so reaching this URL
 * gives nothing but the person's login page.
 */
export async function handleStart(
  deps: FranceConnectCheckDeps,
  checkId: string,
  orgOf: (organisationId: string) => { fc: FranceConnectClient | null } | null,
): Promise<CallbackNext> {
  const row = await deps.db
    .selectFrom('franceconnect_checks')
    .select(['organisation_id', 'state', 'nonce', 'code_verifier'])
    .where('id', '=', checkId)
    .where('sealed_result', 'is', null)
    .where('outcome', 'is', null)
    .where('expires_at', '>', new Date(now(deps)))
    .executeTakeFirst();
  if (!row || row.state.startsWith('used:') || row.state.startsWith('logout:')) return UNKNOWN_FLOW;
  const fc = orgOf(row.organisation_id)?.fc;
  if (!fc) return UNKNOWN_FLOW;
  try {
    const url = await authorizationUrl(fc, `${deps.publicUrl}${CALLBACK_PATH}`, {
      state: row.state,
      nonce: row.nonce,
      codeVerifier: row.code_verifier,
    });
    return { redirect: url };
  } catch {
    return {
      page: {
        status: 502,
        title: 'FranceConnect est injoignable',
        message: 'FranceConnect ne répond pas : réessayez plus tard depuis l’extension.',
      },
    };
  }
}

/** Where the browser goes next, or a page in French when the flow is unknown or expired. */
export type CallbackNext =
  { redirect: string } | { page: { status: number; title: string; message: string } };

const UNKNOWN_FLOW: CallbackNext = {
  page: {
    status: 400,
    title: 'Vérification introuvable',
    message: 'Cette vérification est inconnue ou a expiré. Relancez-la depuis l’extension.',
  },
};

function statusOutcome(result: Result<StatusLookup>): { outcome: CheckOutcome; errorCode: string | null } {
  if (!result.ok && ['server', 'timeout', 'network'].includes(result.error.code)) {
    return { outcome: 'status_unavailable', errorCode: result.error.code };
  }
  return outcomeOf(result);
}

function backToExtension(returnUri: string, checkId: string): string {
  const url = new URL(returnUri);
  url.searchParams.set('check', checkId);
  return url.href;
}

/**
 * The callback. `callbackUrl` is the URL the browser reached, on the public origin. The
 * profile and client are looked up from the row's organisation by the caller's `orgOf`.
 */
export async function handleCallback(
  deps: FranceConnectCheckDeps,
  callbackUrl: URL,
  orgOf: (
    organisationId: string,
  ) => { profile: OrganisationCheckProfile; fc: FranceConnectClient | null } | null,
): Promise<CallbackNext> {
  const state = callbackUrl.searchParams.get('state');
  if (!state) return UNKNOWN_FLOW;
  // Claims the flow: a replayed callback finds nothing to claim.
  const claimed = await deps.db
    .updateTable('franceconnect_checks')
    .set({ state: `used:${randomUUID()}` })
    .where('state', '=', state)
    .where('sealed_result', 'is', null)
    .where('outcome', 'is', null)
    .where('expires_at', '>', new Date(now(deps)))
    .returningAll()
    .executeTakeFirst();
  if (!claimed) return UNKNOWN_FLOW;
  const org = orgOf(claimed.organisation_id);
  if (!org?.fc) return UNKNOWN_FLOW;

  let tokens: PersonTokens | null = null;
  let result: Result<StatusLookup>;
  let journal: { outcome: CheckOutcome; errorCode: string | null };
  try {
    tokens = await exchangeCode(org.fc, callbackUrl, {
      state,
      nonce: claimed.nonce,
      codeVerifier: claimed.code_verifier,
    });
    const accessToken = tokens.accessToken;
    result = await readWithFranceConnect(
      accessWith({
        person: (signal) =>
          bearerRequest(
            deps.statusApiUrl,
            accessToken,
            { path: '', ...(signal ? { signal } : {}) },
            'status',
          ),
      }),
      () => now(deps),
    );
    journal = statusOutcome(result);
  } catch (error) {
    const kind = franceConnectFailure(error);
    result = {
      ok: false,
      error: { code: kind === 'refused' ? 'access_denied' : 'auth_failed', service: 'franceconnect' },
    };
    journal = { outcome: kind, errorCode: kind === 'error' ? 'auth_failed' : null };
  }

  let sealed: string | null = null;
  if (result.ok) {
    const visible = org.profile.visibleFields;
    const answer =
      result.value.kind === 'found'
        ? {
            found: true,
            status: minimiseStatus(result.value.status, visible),
            notCovered: notCoveredFields(result.value.status, visible),
          }
        : { found: false, status: null, notCovered: [] };
    sealed = await sealResult(claimed.one_time_key as unknown as OneTimeKey, {
      checkId: claimed.id,
      ...answer,
    });
  }
  let journaled = true;
  try {
    await appendEntry(deps.db, claimed.organisation_id, {
      kind: 'check_outcome',
      agentId: claimed.agent_id,
      mode: 'franceconnect',
      motif: null,
      caseReference: null,
      fingerprint: null,
      checkId: claimed.id,
      outcome: journal.outcome,
      errorCode: journal.errorCode,
      detail: null,
    });
  } catch {
    journaled = false;
  }
  const logoutState = randomUUID();
  await deps.db
    .updateTable('franceconnect_checks')
    .set({
      state: `logout:${logoutState}`,
      // Without its journal entry the result is not kept: the agent is told so at collection.
      sealed_result: journaled ? sealed : null,
      outcome: journaled ? journal.outcome : 'journal_unavailable',
      error_code: journaled ? journal.errorCode : 'journal_unavailable',
      id_token_hint: null,
      expires_at: new Date(now(deps) + SEALED_RESULT_TTL_MS),
    })
    .where('id', '=', claimed.id)
    .execute();
  if (!tokens) return { redirect: backToExtension(claimed.return_uri, claimed.id) };
  // The person's FranceConnect session ends in the same browser, right after the reading.
  return {
    redirect: await endSessionUrl(org.fc, {
      idToken: tokens.idToken,
      state: logoutState,
      postLogoutRedirectUri: `${deps.publicUrl}${LOGGED_OUT_PATH}`,
    }),
  };
}

/** FranceConnect's post-logout return: on to the extension with the check id. */
export async function handleLoggedOut(
  deps: FranceConnectCheckDeps,
  state: string | null,
): Promise<CallbackNext> {
  if (!state) return UNKNOWN_FLOW;
  const row = await deps.db
    .selectFrom('franceconnect_checks')
    .select(['id', 'return_uri'])
    .where('state', '=', `logout:${state}`)
    .where('expires_at', '>', new Date(now(deps)))
    .executeTakeFirst();
  return row ? { redirect: backToExtension(row.return_uri, row.id) } : UNKNOWN_FLOW;
}

const OUTCOME_WORDS: Partial<Record<string, [number, string, string]>> = {
  refused: [409, 'person-refused', 'La personne a refusé de partager sa situation sur FranceConnect.'],
  franceconnect_unavailable: [
    502,
    'franceconnect-unavailable',
    'FranceConnect est indisponible : réessayez plus tard.',
  ],
  status_unavailable: [
    502,
    'status-unavailable',
    'Le service de situation de France Travail est indisponible : réessayez plus tard.',
  ],
  journal_unavailable: [
    503,
    'journal-unavailable',
    'Le journal est indisponible : la vérification a été faite mais son résultat n’est pas affiché faute d’avoir pu le journaliser.',
  ],
  error: [502, 'franceconnect-failed', 'La vérification FranceConnect a échoué : relancez-la.'],
};

/**
 * The sealed result, once: the row is deleted as it is read. An unknown, foreign, expired or
 * already collected check is one answer (404), so nothing tells them apart.
 */
export async function collectFranceConnectCheck(
  deps: FranceConnectCheckDeps,
  organisationId: string,
  agentId: string,
  checkId: string,
): Promise<{ checkId: string; sealedResult: string }> {
  const row = await deps.db
    .deleteFrom('franceconnect_checks')
    .where('id', '=', checkId)
    .where('organisation_id', '=', organisationId)
    .where('agent_id', '=', agentId)
    .where('outcome', 'is not', null)
    .where('expires_at', '>', new Date(now(deps)))
    .returning(['sealed_result', 'outcome'])
    .executeTakeFirst();
  if (!row)
    throw new ProblemError(
      404,
      'check-not-found',
      'Ce résultat n’est plus disponible (déjà lu ou expiré) : relancez la vérification.',
    );
  if (row.sealed_result) return { checkId, sealedResult: row.sealed_result };
  const [status, code, title] = OUTCOME_WORDS[row.outcome ?? 'error'] ?? OUTCOME_WORDS.error!;
  throw new ProblemError(status, code, title);
}

/**
 * Flows that never came back (closed window, timeout) are journaled as such, and expired
 * rows deleted: run by the scheduled maintenance of any process.
 */
export async function expireFranceConnectChecks(db: Database, at: Date = new Date()): Promise<number> {
  const abandoned = await db
    .deleteFrom('franceconnect_checks')
    .where('expires_at', '<=', at)
    .returning(['id', 'organisation_id', 'agent_id', 'outcome'])
    .execute();
  for (const row of abandoned.filter((r) => r.outcome === null)) {
    await appendEntry(db, row.organisation_id, {
      kind: 'check_outcome',
      agentId: row.agent_id,
      mode: 'franceconnect',
      motif: null,
      caseReference: null,
      fingerprint: null,
      checkId: row.id,
      outcome: 'timeout',
      errorCode: 'window_closed_or_timeout',
      detail: null,
    }).catch(() => undefined);
  }
  return abandoned.length;
}
