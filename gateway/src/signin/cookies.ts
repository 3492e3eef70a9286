/**
 * Reads the gateway session cookie oidc-provider set (value + keygrip HMAC-SHA1 signature in
 * NAME.sig, as Koa's cookies write it), so the sign-out route can find the browser's session.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index <= 0) continue;
    const name = part.slice(0, index).trim();
    if (!cookies.has(name)) cookies.set(name, part.slice(index + 1).trim());
  }
  return cookies;
}

function sign(data: string, key: string): string {
  return createHmac('sha1', key).update(data).digest('base64url');
}

/** The cookie's value when one of the keys signed it, else undefined. */
export function signedCookie(
  header: string | undefined,
  name: string,
  keys: readonly string[],
): string | undefined {
  const cookies = parseCookies(header);
  const value = cookies.get(name);
  const signature = cookies.get(`${name}.sig`);
  if (!value || !signature) return undefined;
  const given = Buffer.from(signature);
  const valid = keys.some((key) => {
    const expected = Buffer.from(sign(`${name}=${value}`, key));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  return valid ? value : undefined;
}

export function expiredCookie(name: string, secure: boolean): string {
  return `${name}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}
