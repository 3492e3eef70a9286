/**
 * Verifies a request's DPoP proof (RFC 9449 §4.3) with jose: a `dpop+jwt` signed by the
 * public key in its own header (ES256), whose htm / htu match this request, iat is recent,
 * jti is present and ath is the hash of the access token presented with it.
 */
import { createHash } from 'node:crypto';
import { EmbeddedJWK, calculateJwkThumbprint, jwtVerify } from 'jose';

export const DPOP_ALGORITHMS = ['ES256'];
/** Proofs older or newer than this (seconds) are refused; replay ids are kept this long. */
export const DPOP_WINDOW_SECONDS = 60;

export interface VerifiedProof {
  thumbprint: string;
  jti: string;
  iat: number;
}

export class DpopError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'DpopError';
  }
}

export function accessTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

function withoutQuery(value: string): string | undefined {
  const url = URL.parse(value);
  if (!url) return undefined;
  url.search = '';
  url.hash = '';
  return url.href;
}

export async function verifyDpopProof(
  proof: string,
  request: { method: string; url: string; accessToken: string },
  now = Math.floor(Date.now() / 1000),
): Promise<VerifiedProof> {
  let payload: Record<string, unknown>;
  let jwk: unknown;
  try {
    const verified = await jwtVerify(proof, EmbeddedJWK, { typ: 'dpop+jwt', algorithms: DPOP_ALGORITHMS });
    payload = verified.payload;
    jwk = verified.protectedHeader.jwk;
  } catch {
    throw new DpopError('the proof is not a valid dpop+jwt signed with its embedded ES256 key');
  }
  if (payload.htm !== request.method) throw new DpopError('htm does not match the request method');
  if (typeof payload.htu !== 'string' || withoutQuery(payload.htu) !== withoutQuery(request.url)) {
    throw new DpopError('htu does not match the request URL');
  }
  if (typeof payload.iat !== 'number' || Math.abs(now - payload.iat) > DPOP_WINDOW_SECONDS) {
    throw new DpopError('iat is not recent');
  }
  if (typeof payload.jti !== 'string' || payload.jti.length < 8 || payload.jti.length > 256) {
    throw new DpopError('jti is missing');
  }
  if (payload.ath !== accessTokenHash(request.accessToken)) {
    throw new DpopError('ath does not match the access token');
  }
  const thumbprint = await calculateJwkThumbprint(jwk as Parameters<typeof calculateJwkThumbprint>[0]);
  return { thumbprint, jti: payload.jti, iat: payload.iat };
}
