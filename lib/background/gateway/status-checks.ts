import { compactDecrypt } from 'jose';
import { fail, ok, type AppError, type Result } from '../../core/app-error';
import type { GatewayRequester } from '../../agent-session/gateway-request';
import {
  checkAnswerSchema,
  franceConnectStartSchema,
  sealedResultSchema,
  type CheckAnswer,
} from '../../gateway-api/core/wire';
import { classifyIdentityError, type IdentityAdapter } from '../../platform/auth/identity-adapter';
import type { StatusChecks } from '../../status/checks';
import type { VerifyRequest, VerifyResponse } from '../../status/core/check';
import type { ResolvedSettings } from '../../settings/core/settings';

/**
 * Checks through the gateway: it holds the upstream credentials, journals before it calls and
 * minimises the answer to the organisation's fields. With the person present, the extension
 * opens the gateway's FranceConnect URL in the sign-in window, then collects the result once,
 * sealed to a one-time key whose private half never leaves this worker's memory.
 */
export const FRANCECONNECT_TIMEOUT_MS = 10 * 60_000;
const MAX_SEALED_BYTES = 256 * 1024;

const gatewayError = (code: AppError['code'], detail: string): AppError => ({
  code,
  service: 'gateway',
  detail,
});

function toResponse(answer: CheckAnswer): VerifyResponse {
  return {
    status: answer.found && answer.status ? { ...answer.status, notCovered: answer.notCovered } : null,
    // The gateway's journal is the record; its check id is the entry's name.
    journalEntryId: answer.checkId,
  };
}

/** A one-time ECDH P-256 pair: the private key non-extractable, its public half as a JWK. */
async function oneTimeKey(): Promise<{ privateKey: CryptoKey; jwk: Record<string, string> }> {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, [
    'deriveBits',
  ])) as CryptoKeyPair;
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  if (!kty || !crv || !x || !y) throw new Error('Public key export failed');
  return { privateKey: pair.privateKey, jwk: { kty, crv, x, y } };
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise,
    new Promise<T>((resolve) => {
      timer = setTimeout(() => resolve(onTimeout()), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export interface GatewayChecksDeps {
  requester: GatewayRequester;
  identity: IdentityAdapter;
  timeoutMs?: number;
}

async function byIdentifier(
  deps: GatewayChecksDeps,
  request: VerifyRequest,
): Promise<Result<VerifyResponse>> {
  const answer = await deps.requester.json(
    {
      method: 'POST',
      path: '/checks/identifier',
      body: {
        identifiant: request.identifiant ?? '',
        motif: request.motif,
        caseReference: request.caseReference,
      },
    },
    checkAnswerSchema,
  );
  return answer.ok ? ok(toResponse(answer.value)) : answer;
}

async function withPersonPresent(
  deps: GatewayChecksDeps,
  request: VerifyRequest,
): Promise<Result<VerifyResponse>> {
  const key = await oneTimeKey();
  const returnUri = deps.identity.getRedirectURL();
  const started = await deps.requester.json(
    {
      method: 'POST',
      path: '/checks/franceconnect',
      body: { motif: request.motif, caseReference: request.caseReference, oneTimeKey: key.jwk, returnUri },
    },
    franceConnectStartSchema,
  );
  if (!started.ok) return started;
  const { checkId, authorizationUrl, startUrl } = started.value;
  // The gateway's start URL first: Firefox's launchWebAuthFlow refuses a URL whose redirect_uri
  // is not the extension's, as FranceConnect's own URL has (the gateway's callback).
  const opened = startUrl ?? authorizationUrl;

  const back = await withTimeout<{ url: string } | { error: AppError }>(
    deps.identity.launchWebAuthFlow({ url: opened, interactive: true }).then(
      (url) => ({ url }),
      (error: unknown) => ({ error: { code: classifyIdentityError(error), service: 'franceconnect' } }),
    ),
    deps.timeoutMs ?? FRANCECONNECT_TIMEOUT_MS,
    () => ({ error: { code: 'auth_timeout', service: 'franceconnect' } }),
  );
  if ('error' in back) return fail(back.error);
  let returned: URL;
  try {
    returned = new URL(back.url);
  } catch {
    return fail(gatewayError('auth_failed', 'Unreadable return URL'));
  }
  if (!back.url.startsWith(returnUri) || returned.searchParams.get('check') !== checkId) {
    return fail(gatewayError('auth_failed', 'The window came back for another check'));
  }

  const sealed = await deps.requester.json(
    { path: `/checks/franceconnect/${checkId}/result`, maxBytes: MAX_SEALED_BYTES },
    sealedResultSchema,
  );
  if (!sealed.ok) return sealed;
  let plain: unknown;
  try {
    const { plaintext, protectedHeader } = await compactDecrypt(sealed.value.sealedResult, key.privateKey, {
      keyManagementAlgorithms: ['ECDH-ES'],
      contentEncryptionAlgorithms: ['A256GCM'],
    });
    if (protectedHeader.cty !== 'application/json') throw new Error('content type');
    plain = JSON.parse(new TextDecoder().decode(plaintext));
  } catch {
    return fail(gatewayError('invalid_answer', 'The sealed result does not open with the one-time key'));
  }
  const answer = checkAnswerSchema.safeParse(plain);
  if (!answer.success || answer.data.checkId !== checkId) {
    return fail(gatewayError('invalid_answer', 'Unexpected sealed result shape'));
  }
  return ok(toResponse(answer.data));
}

export function createGatewayStatusChecks(deps: GatewayChecksDeps, settings: ResolvedSettings): StatusChecks {
  return {
    verify: async (request) => {
      if (!settings.verificationModes.includes(request.mode)) {
        return fail({
          code: 'motif_refused',
          service: 'gateway',
          detail: `Mode "${request.mode}" not offered`,
        });
      }
      return request.mode === 'franceconnect'
        ? withPersonPresent(deps, request)
        : byIdentifier(deps, request);
    },
  };
}
