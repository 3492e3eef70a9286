import { z } from 'zod';

/**
 * The signed-in agent as the gateway describes them (`GET /api/v1/me`, contract between the
 * extension and the gateway). Pure: the gateway may build its answer from the same schema.
 */
export const AGENT_ROLES = ['agent', 'referent', 'dpo'] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];

const text = z.string().trim().min(1).max(200);

export const agentProfileSchema = z.object({
  agent: z.object({
    givenName: text,
    usualName: text,
    email: z.string().trim().max(320).pipe(z.email()),
  }),
  organisation: z.object({
    id: text,
    name: text,
    siret: z.string().regex(/^\d{14}$/),
  }),
  role: z.enum(AGENT_ROLES),
});

export type AgentProfile = z.infer<typeof agentProfileSchema>;

/** What signing out achieved (the browser forgets the session in every case). */
export interface SignOutReport {
  /** Whether the gateway confirmed the revocation of the tokens. */
  revoked: boolean;
  /** Whether the end-of-session round trip (gateway, then ProConnect) came back to the extension. */
  sessionEnded: boolean;
}

/** What a UI page may know of the agent's session (never a token). */
export type AgentSessionState =
  | { status: 'not_configured' }
  | { status: 'signed_out' }
  | {
      status: 'signed_in';
      profile: AgentProfile;
      /** When the current access token expires (ISO instant); refreshed before it does. */
      accessTokenExpiresAt: string;
    };
