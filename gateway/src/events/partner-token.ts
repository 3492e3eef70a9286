/**
 * The France Travail partner token (client credentials), one per client for the whole
 * gateway: kept in the database so every process uses the same one, encrypted with a key
 * derived from the client secret (which only the gateway's environment holds), renewed a
 * minute before it expires by one process at a time (a lease row), the others keep using the
 * current one or wait briefly for the new one.
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { fail, ok, type Result } from '../../../lib/core/app-error';
import { tokenResponseSchema } from '../../../lib/platform/auth/core/oauth';
import { answerError, isSuccess, send } from '../../../lib/platform/http/http-client';
import { parseAnswer } from '../../../lib/platform/http/parse';
import { sleep } from '../../../lib/platform/http/sleep';
import type { Database } from '../db/open';
import { GATEWAY_HTTP_POLICY } from '../upstream/access';

export interface PartnerClient {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scope: string;
}

export const RENEW_BEFORE_MS = 60_000;
const LEASE_SECONDS = 15;
const WAIT_STEP_MS = 100;

function clientKey(client: PartnerClient): string {
  return createHash('sha256').update(`${client.tokenUrl}\n${client.clientId}`).digest('hex').slice(0, 40);
}

function keyOf(client: PartnerClient): Buffer {
  return Buffer.from(
    hkdfSync('sha256', client.clientSecret, 'guichet-emploi-partner-token', client.clientId, 32),
  );
}

export function encryptToken(client: PartnerClient, token: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(client), iv);
  const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.');
}

export function decryptToken(client: PartnerClient, text: string): string | null {
  const [iv, tag, body] = text.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(client), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

async function requestToken(client: PartnerClient): Promise<Result<{ token: string; expiresIn: number }>> {
  const sent = await send(
    {
      url: client.tokenUrl,
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: client.clientId,
        client_secret: client.clientSecret,
        scope: client.scope,
      }),
      service: 'partner-token',
    },
    GATEWAY_HTTP_POLICY,
  );
  if (!sent.ok) return sent;
  if (!isSuccess(sent.value)) return fail(answerError(sent.value, 'partner-token'));
  const parsed = parseAnswer(sent.value, tokenResponseSchema, 'partner-token');
  if (!parsed.ok) return parsed;
  return ok({ token: parsed.value.access_token, expiresIn: parsed.value.expires_in });
}

export interface PartnerTokens {
  get(): Promise<Result<string>>;
  /** After a 401: the stored token is not to be used again. */
  forget(): Promise<void>;
  /** Tokens this process fetched from the token endpoint (figures for tests). */
  fetched(): number;
}

export function createPartnerTokens(db: Database, client: PartnerClient, maxWaitMs = 5_000): PartnerTokens {
  const key = clientKey(client);
  let fetched = 0;
  const current = async (minValidMs: number) => {
    const row = await db
      .selectFrom('partner_tokens')
      .selectAll()
      .where('client_key', '=', key)
      .executeTakeFirst();
    if (!row || row.ciphertext === '' || row.expires_at.getTime() - Date.now() < minValidMs) return null;
    return decryptToken(client, row.ciphertext);
  };
  const renew = async (): Promise<Result<string> | null> => {
    await db
      .insertInto('partner_tokens')
      .values({ client_key: key, ciphertext: '', expires_at: new Date(0), lease_until: null })
      .onConflict((oc) => oc.column('client_key').doNothing())
      .execute();
    const claimed = await db
      .updateTable('partner_tokens')
      .set({ lease_until: sql<Date>`clock_timestamp() + make_interval(secs => ${LEASE_SECONDS})` })
      .where('client_key', '=', key)
      .where((eb) =>
        eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', sql<Date>`clock_timestamp()`)]),
      )
      .returning('client_key')
      .executeTakeFirst();
    if (!claimed) return null;
    // Renewed by another request between our read and our claim: use it, release the lease.
    const renewedMeanwhile = await current(RENEW_BEFORE_MS);
    if (renewedMeanwhile) {
      await db
        .updateTable('partner_tokens')
        .set({ lease_until: null })
        .where('client_key', '=', key)
        .execute();
      return ok(renewedMeanwhile);
    }
    const answer = await requestToken(client);
    if (answer.ok) fetched += 1;
    await db
      .updateTable('partner_tokens')
      .set(
        answer.ok
          ? {
              ciphertext: encryptToken(client, answer.value.token),
              expires_at: new Date(Date.now() + answer.value.expiresIn * 1000),
              lease_until: null,
            }
          : { lease_until: null },
      )
      .where('client_key', '=', key)
      .execute();
    return answer.ok ? ok(answer.value.token) : answer;
  };
  return {
    async get() {
      const fresh = await current(RENEW_BEFORE_MS);
      if (fresh) return ok(fresh);
      const renewed = await renew();
      if (renewed) return renewed;
      // Another process is renewing: the old token while it is valid, else wait for the new one.
      const deadline = Date.now() + maxWaitMs;
      for (;;) {
        const usable = await current(1_000);
        if (usable) return ok(usable);
        if (Date.now() > deadline)
          return fail({
            code: 'timeout',
            service: 'partner-token',
            detail: 'Token renewal by another process',
          });
        await sleep(WAIT_STEP_MS);
        const retried = await renew();
        if (retried) return retried;
      }
    },
    async forget() {
      await db
        .updateTable('partner_tokens')
        .set({ expires_at: new Date(0) })
        .where('client_key', '=', key)
        .execute();
    },
    fetched: () => fetched,
  };
}
