/**
 * Authentication of every /api/v1 request: `Authorization: DPoP <access token>` issued by this
 * gateway's authorization server (looked up in the database: revocation is immediate on every
 * process) and a DPoP proof made with the key the token is bound to (cnf.jkt), seen once
 * across all processes. The request then knows its agent, organisation and role.
 */
import type { FastifyRequest } from 'fastify';
import type Provider from 'oidc-provider';
import { findAgent } from '../agents/repository';
import type { GatewayApp } from '../app-types';
import type { OrganisationConfig } from '../config/schema';
import type { Agent, AgentRole } from '../db/schema';
import { ProblemError } from '../http/problem';
import { pathOnly } from '../log/logger';
import { roleOf } from '../signin/admission';
import { isDatabaseUnavailable } from '../db/unavailable';
import { DPOP_ALGORITHMS, DPOP_WINDOW_SECONDS, DpopError, accessTokenHash, verifyDpopProof } from './dpop';
import { proofId, rememberProof } from './dpop-replay';
import { createVerifiedTokens } from './verified-tokens';

export interface ApiCaller {
  agent: Agent;
  organisation: OrganisationConfig;
  role: AgentRole;
  grantId: string | undefined;
}

declare module 'fastify' {
  interface FastifyRequest {
    caller?: ApiCaller;
    /**
     * True when the database could not be reached and the caller was admitted from this
     * process's memory of the token (only on a route marked `servedWhileDatabaseDown`).
     */
    databaseDown?: boolean;
  }
  interface FastifyContextConfig {
    /**
     * A route of public data that may answer from this process's last copy while the database
     * is unreachable, to a caller verified locally (api/verified-tokens.ts says what is not).
     */
    servedWhileDatabaseDown?: boolean;
  }
}

interface StoredAccessToken {
  accountId?: string;
  clientId?: string;
  grantId?: string;
  jkt?: string;
  /** Epoch seconds. */
  exp?: number;
  isExpired: boolean;
}

const challenge = (error: string) => ({
  'www-authenticate': `DPoP error="${error}", algs="${DPOP_ALGORITHMS.join(' ')}"`,
});

const unauthorized = (code: string, title: string, detail: string, error = 'invalid_token') =>
  new ProblemError(401, code, title, detail, challenge(error));

export function callerOf(request: FastifyRequest): ApiCaller {
  if (!request.caller) throw new ProblemError(401, 'unauthenticated', 'Authentification requise');
  return request.caller;
}

export function apiAuthentication(app: GatewayApp, provider: Provider) {
  const { config } = app.gateway.loaded;
  const db = app.gateway.database.db;
  const AccessToken = provider.AccessToken as unknown as {
    find(token: string): Promise<StoredAccessToken | undefined>;
  };
  const remembered = createVerifiedTokens();
  const lifetimeMs = config.tokens.accessTokenSeconds * 1000;

  return async function authenticate(request: FastifyRequest): Promise<void> {
    const authorization = request.headers.authorization ?? '';
    const match = /^DPoP ([A-Za-z0-9\-._~+/]+=*)$/.exec(authorization);
    if (!match) {
      throw authorization.startsWith('Bearer ')
        ? unauthorized(
            'dpop-required',
            'Jeton lié DPoP exigé',
            'Send Authorization: DPoP <token> with a DPoP proof.',
          )
        : unauthorized(
            'unauthenticated',
            'Authentification requise',
            'Send Authorization: DPoP <token> with a DPoP proof.',
          );
    }
    const accessToken = match[1]!;
    const proof = request.headers.dpop;
    if (typeof proof !== 'string' || proof.length > 8192) {
      throw unauthorized(
        'invalid-dpop-proof',
        'Preuve DPoP absente',
        'One DPoP header is required.',
        'invalid_dpop_proof',
      );
    }
    let verified;
    try {
      verified = await verifyDpopProof(proof, {
        method: request.method,
        // The URL the client sees: the configured public origin, not the Host header.
        url: `${config.publicUrl}${pathOnly(request.url)}`,
        accessToken,
      });
    } catch (error) {
      if (error instanceof DpopError) {
        throw unauthorized('invalid-dpop-proof', 'Preuve DPoP invalide', error.reason, 'invalid_dpop_proof');
      }
      throw error;
    }
    const tokenHash = accessTokenHash(accessToken);
    try {
      await verifyAgainstDatabase(request, accessToken, tokenHash, verified);
    } catch (error) {
      if (!isDatabaseUnavailable(error) || request.routeOptions.config.servedWhileDatabaseDown !== true)
        throw error;
      // The database is unreachable and the route serves public data: the local checks only.
      const known = remembered.find(tokenHash);
      if (!known) throw error;
      if (known.jkt !== verified.thumbprint) {
        throw wrongKey();
      }
      const id = proofId(verified.thumbprint, verified.jti);
      if (!remembered.firstUse(id, proofKeptUntil(verified))) {
        throw replayed();
      }
      request.caller = known.caller;
      request.databaseDown = true;
    }
  };

  async function verifyAgainstDatabase(
    request: FastifyRequest,
    accessToken: string,
    tokenHash: string,
    verified: Awaited<ReturnType<typeof verifyDpopProof>>,
  ): Promise<void> {
    const token = await AccessToken.find(accessToken);
    if (!token || token.isExpired || token.clientId !== config.extension.clientId || !token.accountId) {
      remembered.forget(tokenHash);
      throw unauthorized(
        'invalid-token',
        'Jeton invalide',
        'The access token is unknown, expired or revoked.',
      );
    }
    if (!token.jkt || token.jkt !== verified.thumbprint) {
      throw wrongKey();
    }
    const id = proofId(verified.thumbprint, verified.jti);
    const fresh = await rememberProof(db, id, new Date(proofKeptUntil(verified)));
    if (!fresh) {
      throw replayed();
    }
    const agent = await findAgent(db, token.accountId);
    if (!agent) {
      remembered.forget(tokenHash);
      throw unauthorized('invalid-token', 'Jeton invalide', 'The agent behind this token is unknown.');
    }
    const organisation = config.organisations.find((org) => org.id === agent.organisation_id);
    if (!organisation) {
      throw new ProblemError(
        403,
        'organisation-not-served',
        'Organisation non desservie',
        'This gateway no longer serves the agent’s organisation.',
      );
    }
    // The configuration is the authority on roles: a change applies at the next request.
    const role = roleOf(organisation, { sub: agent.proconnect_sub, email: agent.email } as Parameters<
      typeof roleOf
    >[1]);
    request.caller = { agent, organisation, role, grantId: token.grantId };
    // Kept for an outage of the database only (see verified-tokens.ts), never longer than the token.
    const expiresAt = Math.min(
      typeof token.exp === 'number' ? token.exp * 1000 : Number.POSITIVE_INFINITY,
      Date.now() + lifetimeMs,
    );
    remembered.remember(tokenHash, { caller: request.caller, jkt: token.jkt, expiresAt });
    // Also seen by this process (once the request is admitted: a request cut by the outage
    // half-way is not its own replay): a replay during an outage is refused here.
    remembered.firstUse(id, proofKeptUntil(verified));
  }
}

/** The proof is not made with the key the token is bound to (on either path of the check). */
function wrongKey(): ProblemError {
  return unauthorized(
    'invalid-dpop-proof',
    'Preuve DPoP invalide',
    'The proof is not made with the key the token is bound to.',
    'invalid_dpop_proof',
  );
}

function replayed(): ProblemError {
  return unauthorized(
    'dpop-proof-replayed',
    'Preuve DPoP rejouée',
    'This DPoP proof was already used.',
    'invalid_dpop_proof',
  );
}

/** Until when a proof's id is remembered: past its acceptance window, so a replay is always seen. */
function proofKeptUntil(verified: { iat: number }): number {
  return (verified.iat + DPOP_WINDOW_SECONDS + 5) * 1000;
}
