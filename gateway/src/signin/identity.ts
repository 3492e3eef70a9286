/**
 * The agent's identity from ProConnect's answers (userinfo claims and the id_token's acr),
 * parsed at the boundary: a missing or malformed claim is an explicit error, not a guess.
 */
import { z } from 'zod';
import type { AgentIdentity } from './admission';

const userinfoSchema = z.object({
  sub: z.string().min(1).max(255),
  given_name: z.string().trim().min(1).max(200),
  usual_name: z.string().trim().min(1).max(200),
  email: z.email().max(320),
  idp_id: z.string().min(1).max(255),
  siret: z
    .string()
    .regex(/^\d{14}$/)
    .optional(),
  uid: z.string().max(255).optional(),
});

export type IdentityResult = { ok: true; identity: AgentIdentity } | { ok: false; missing: string[] };

export function parseIdentity(userinfo: unknown, acr: unknown): IdentityResult {
  const parsed = userinfoSchema.safeParse(userinfo);
  if (!parsed.success) {
    return {
      ok: false,
      missing: [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '?')))],
    };
  }
  const claims = parsed.data;
  return {
    ok: true,
    identity: {
      sub: claims.sub,
      idp: claims.idp_id,
      ...(claims.siret ? { siret: claims.siret } : {}),
      email: claims.email.toLowerCase(),
      givenName: claims.given_name,
      usualName: claims.usual_name,
      ...(typeof acr === 'string' ? { acr } : {}),
    },
  };
}
