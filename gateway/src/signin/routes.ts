/**
 * The agent's sign-in and sign-out, in the browser (launchWebAuthFlow's window):
 *   /oauth/auth → /auth/interaction/:uid → ProConnect → /auth/proconnect/callback →
 *   /auth/interaction/:uid/proconnect (code exchanged, identity read, admission rules) →
 *   the authorization resumes and the extension gets its code — or a refusal page.
 * Every step's state is in the database (any process serves any step); the interaction cookie
 * binds the steps to the browser that started them.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import type Provider from 'oidc-provider';
import type { InteractionResults } from 'oidc-provider';
import * as client from 'openid-client';
import { z } from 'zod';
import { recordSignIn } from '../agents/repository';
import type { GatewayApp } from '../app-types';
import { COOKIE_NAMES, INTERACTION_PREFIX, SCOPES } from '../oauth/provider';
import { admit } from './admission';
import { expiredCookie, signedCookie } from './cookies';
import { parseIdentity } from './identity';
import type { PageAction, PageContent } from './pages';
import { messagePage, pageCsp } from './pages';
import type { ProConnect } from './proconnect';
import { CALLBACK_PATH, LOGGED_OUT_PATH, PROCONNECT_SCOPES } from './proconnect';
import { refusalPage } from './refusal';

const LOGIN_TTL_MS = 10 * 60 * 1000;
const uidParams = z.object({ uid: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/) });
const callbackQuery = z.object({
  state: z.string().max(512).optional(),
  code: z.string().max(4096).optional(),
  error: z.string().max(256).optional(),
  error_description: z.string().max(1024).optional(),
  iss: z.string().max(1024).optional(),
});
const signOutQuery = z.object({
  post_logout_redirect_uri: z.string().max(2048).optional(),
  state: z.string().max(512).optional(),
  client_id: z.string().max(255).optional(),
  id_token_hint: z.string().max(8192).optional(),
});

const EXPIRED: PageContent = {
  title: 'Connexion expirée',
  heading: 'Cette demande de connexion a expiré',
  paragraphs: ['Recommencez la connexion depuis l’extension Guichet Emploi.'],
};

export interface SignInDeps {
  provider: Provider;
  proconnect: ProConnect;
}

export function signInRoutes(app: GatewayApp, { provider, proconnect }: SignInDeps): void {
  const { loaded, database, logger } = app.gateway;
  const { config, secrets } = loaded;
  const db = database.db;
  const secure = config.publicUrl.startsWith('https:');
  const cookieKeys = secrets
    .get(config.keys.cookies)
    .split(',')
    .map((key) => key.trim());
  const formTargets = [...new Set(config.extension.redirectUris.map((uri) => new URL(uri).origin))];

  const page = (reply: FastifyReply, status: number, content: PageContent) =>
    reply
      .code(status)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-security-policy', pageCsp(formTargets))
      .send(messagePage(content));

  const abortAction = (uid: string): PageAction => ({
    kind: 'post',
    label: 'Revenir à Guichet Emploi',
    target: `${INTERACTION_PREFIX}${uid}/abort`,
  });

  /** The interaction the browser's cookie designates, when it is the one in the URL. */
  async function interaction(request: FastifyRequest, reply: FastifyReply, uid: string) {
    try {
      const details = await provider.interactionDetails(request.raw, reply.raw);
      return details.uid === uid ? details : undefined;
    } catch {
      return undefined;
    }
  }

  async function finish(reply: FastifyReply, result: InteractionResults): Promise<void> {
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined) reply.raw.setHeader(name, value as string);
    }
    reply.hijack();
    await provider.interactionFinished(reply.request.raw, reply.raw, result, {
      mergeWithLastSubmission: false,
    });
  }

  const browserRoute = { tags: ['sign-in'] };

  // 1. The authorization server asks for a login: off to ProConnect.
  app.get(
    `${INTERACTION_PREFIX}:uid`,
    {
      schema: {
        ...browserRoute,
        summary: 'Sign-in step: redirects to ProConnect (two_factor=1 demands a two-factor level)',
        params: uidParams,
        querystring: z.object({ two_factor: z.literal('1').optional() }),
      },
    },
    async (request, reply) => {
      const { uid } = request.params;
      if (!(await interaction(request, reply, uid))) return page(reply, 400, EXPIRED);
      let pc: client.Configuration;
      try {
        pc = await proconnect.configuration();
      } catch (error) {
        request.log.error({ err: error, event: 'proconnect.discovery_failed' }, 'ProConnect unreachable');
        return page(reply, 502, {
          title: 'ProConnect injoignable',
          heading: 'ProConnect ne répond pas',
          paragraphs: ['La passerelle n’a pas pu joindre ProConnect. Réessayez dans quelques minutes.'],
          actions: [abortAction(uid)],
        });
      }
      const state = client.randomState();
      const nonce = client.randomNonce();
      const verifier = client.randomPKCECodeVerifier();
      await db
        .insertInto('proconnect_logins')
        .values({
          state,
          interaction_uid: uid,
          code_verifier: verifier,
          nonce,
          expires_at: new Date(Date.now() + LOGIN_TTL_MS),
        })
        .execute();
      const parameters: Record<string, string> = {
        redirect_uri: proconnect.callbackUrl,
        scope: PROCONNECT_SCOPES,
        state,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
      };
      if (request.query.two_factor) {
        parameters.claims = JSON.stringify({
          id_token: { acr: { essential: true, values: config.proconnect.twoFactorAcrValues } },
        });
      }
      return reply.redirect(client.buildAuthorizationUrl(pc, parameters).href, 303);
    },
  );

  // 2. ProConnect sends the browser back: on to the interaction its cookie belongs to.
  app.get(
    CALLBACK_PATH,
    { schema: { ...browserRoute, summary: 'ProConnect redirect URI', querystring: callbackQuery } },
    async (request, reply) => {
      const { state } = request.query;
      const login = state
        ? await db
            .selectFrom('proconnect_logins')
            .select('interaction_uid')
            .where('state', '=', state)
            .where('expires_at', '>', sql<Date>`now()`)
            .executeTakeFirst()
        : undefined;
      if (!login) return page(reply, 400, EXPIRED);
      const search = request.url.slice(request.url.indexOf('?'));
      return reply.redirect(`${INTERACTION_PREFIX}${login.interaction_uid}/proconnect${search}`, 303);
    },
  );

  // 3. Exchange the code, read the identity, apply the admission rules.
  app.get(
    `${INTERACTION_PREFIX}:uid/proconnect`,
    {
      schema: {
        ...browserRoute,
        summary: 'Sign-in step: ProConnect’s answer, admission rules',
        params: uidParams,
        querystring: callbackQuery,
      },
    },
    async (request, reply) => {
      const { uid } = request.params;
      const details = await interaction(request, reply, uid);
      const { state } = request.query;
      if (!details || !state) return page(reply, 400, EXPIRED);
      // Single use, and only for the interaction it was made for.
      const login = await db
        .deleteFrom('proconnect_logins')
        .where('state', '=', state)
        .where('interaction_uid', '=', uid)
        .where('expires_at', '>', sql<Date>`now()`)
        .returningAll()
        .executeTakeFirst();
      if (!login) return page(reply, 400, EXPIRED);

      if (request.query.error) {
        request.log.info(
          { event: 'proconnect.error', code: request.query.error },
          'ProConnect refused the sign-in',
        );
        return page(reply, 403, {
          title: 'Connexion interrompue',
          heading: 'ProConnect n’a pas pu vous connecter',
          paragraphs: [
            request.query.error === 'access_denied'
              ? 'La connexion a été annulée, ou le niveau d’authentification demandé n’a pas pu être atteint.'
              : 'ProConnect a renvoyé une erreur.',
            `Code technique : ${request.query.error}`,
          ],
          actions: [
            abortAction(uid),
            { kind: 'link', label: 'Réessayer', target: `${INTERACTION_PREFIX}${uid}` },
          ],
        });
      }

      let identityResult: ReturnType<typeof parseIdentity>;
      let idToken: string;
      let authTime: number;
      try {
        const pc = await proconnect.configuration();
        const search = request.url.slice(request.url.indexOf('?'));
        const tokens = await client.authorizationCodeGrant(
          pc,
          new URL(`${proconnect.callbackUrl}${search}`),
          {
            pkceCodeVerifier: login.code_verifier,
            expectedState: login.state,
            expectedNonce: login.nonce,
            idTokenExpected: true,
          },
        );
        const claims = tokens.claims();
        if (!claims || !tokens.id_token) throw new Error('no id_token');
        const userinfo = await client.fetchUserInfo(pc, tokens.access_token, claims.sub);
        identityResult = parseIdentity(userinfo, claims.acr);
        idToken = tokens.id_token;
        authTime = typeof claims.auth_time === 'number' ? claims.auth_time : Math.floor(Date.now() / 1000);
      } catch (error) {
        request.log.error({ err: error, event: 'proconnect.exchange_failed' }, 'ProConnect exchange failed');
        return page(reply, 502, {
          title: 'Connexion impossible',
          heading: 'La réponse de ProConnect n’a pas pu être vérifiée',
          paragraphs: [
            'Réessayez la connexion. Si le problème persiste, prévenez le référent de votre organisation.',
          ],
          actions: [
            abortAction(uid),
            { kind: 'link', label: 'Réessayer', target: `${INTERACTION_PREFIX}${uid}` },
          ],
        });
      }

      if (!identityResult.ok) {
        request.log.warn(
          { event: 'admission.claims_missing', claims: identityResult.missing },
          'claims missing',
        );
        return page(reply, 403, {
          title: 'Informations manquantes',
          heading: 'ProConnect n’a pas transmis les informations nécessaires',
          paragraphs: [`Informations absentes ou invalides : ${identityResult.missing.join(', ')}.`],
          actions: [abortAction(uid)],
        });
      }
      const identity = identityResult.identity;
      const decision = admit(config.organisations, identity, config.proconnect.twoFactorAcrValues);
      // The agent's own identifiers only (no name, no e-mail).
      const who = { sub: identity.sub, idp: identity.idp, siret: identity.siret ?? null };

      if (!decision.admitted) {
        request.log.warn(
          {
            event: 'admission.refused',
            rule: decision.rule,
            organisation: decision.organisation?.id,
            agent: who,
          },
          'sign-in refused by the admission rules',
        );
        const switchState = randomBytes(24).toString('base64url');
        await db
          .insertInto('sign_outs')
          .values({
            state: switchState,
            redirect_uri: `${INTERACTION_PREFIX}${uid}`,
            client_state: null,
            expires_at: new Date(Date.now() + LOGIN_TTL_MS),
          })
          .execute();
        const pc = await proconnect.configuration();
        const switchUrl = client.buildEndSessionUrl(pc, {
          id_token_hint: idToken,
          post_logout_redirect_uri: proconnect.loggedOutUrl,
          state: switchState,
        });
        const actions: PageAction[] = [abortAction(uid)];
        if (decision.rule === 'two-factor-required') {
          actions.push({
            kind: 'link',
            label: 'Se reconnecter avec la double authentification',
            target: `${INTERACTION_PREFIX}${uid}?two_factor=1`,
          });
        }
        actions.push({ kind: 'link', label: 'Se connecter avec un autre compte', target: switchUrl.href });
        return page(reply, 403, refusalPage(decision, identity, actions));
      }

      const agent = await recordSignIn(db, {
        organisationId: decision.organisation.id,
        sub: identity.sub,
        idp: identity.idp,
        siret: identity.siret ?? null,
        email: identity.email,
        givenName: identity.givenName,
        usualName: identity.usualName,
        role: decision.role,
      });
      const requested = String(details.params.scope ?? '')
        .split(' ')
        .filter((scope) => SCOPES.includes(scope));
      const grant = new provider.Grant({ accountId: agent.id, clientId: String(details.params.client_id) });
      grant.addOIDCScope(requested.join(' '));
      const grantId = await grant.save();
      const endsAt = Math.min(
        authTime + config.proconnect.sessionLifetimeSeconds,
        authTime + config.tokens.refreshTokenMaxSeconds,
      );
      await db
        .insertInto('proconnect_sessions')
        .values({
          grant_id: grantId,
          agent_id: agent.id,
          id_token: idToken,
          ends_at: new Date(endsAt * 1000),
        })
        .execute();
      request.log.info(
        {
          event: 'admission.accepted',
          organisation: decision.organisation.id,
          role: decision.role,
          agent: agent.id,
        },
        'agent signed in',
      );
      await finish(reply, {
        login: { accountId: agent.id, ts: authTime, ...(identity.acr ? { acr: identity.acr } : {}) },
        consent: { grantId },
      } as InteractionResults);
    },
  );

  // The agent gives up (refused, or ProConnect failed): the extension gets access_denied.
  app.post(
    `${INTERACTION_PREFIX}:uid/abort`,
    { schema: { ...browserRoute, summary: 'Ends a sign-in with access_denied', params: uidParams } },
    async (request, reply) => {
      if (!(await interaction(request, reply, request.params.uid))) return page(reply, 400, EXPIRED);
      await finish(reply, {
        error: 'access_denied',
        error_description: 'The agent was not admitted, or the sign-in was abandoned',
      });
    },
  );

  // Sign-out: revoke this browser's grants, end the gateway session, then ProConnect's.
  const signOut = async (
    request: FastifyRequest<{ Querystring: z.infer<typeof signOutQuery> }>,
    reply: FastifyReply,
  ) => {
    const { post_logout_redirect_uri: redirect, state, client_id: clientId } = request.query;
    if (
      (redirect && !config.extension.redirectUris.includes(redirect)) ||
      (clientId && clientId !== config.extension.clientId)
    ) {
      return page(reply, 400, {
        title: 'Déconnexion refusée',
        heading: 'Adresse de retour non autorisée',
        paragraphs: ['Cette demande de déconnexion ne vient pas de l’extension Guichet Emploi.'],
      });
    }
    const sessionId = signedCookie(request.headers.cookie, COOKIE_NAMES.session, cookieKeys);
    const session = sessionId
      ? await db
          .selectFrom('oidc_payloads')
          .select('payload')
          .where('model', '=', 'Session')
          .where('id', '=', sessionId)
          .executeTakeFirst()
      : undefined;
    const authorizations = (session?.payload.authorizations ?? {}) as Record<string, { grantId?: unknown }>;
    const grantIds = Object.values(authorizations)
      .map((entry) => entry.grantId)
      .filter((id): id is string => typeof id === 'string');
    let proconnectSession: { id_token: string } | undefined;
    await db.transaction().execute(async (trx) => {
      if (grantIds.length > 0) {
        await trx.deleteFrom('oidc_payloads').where('grant_id', 'in', grantIds).execute();
        await trx
          .deleteFrom('oidc_payloads')
          .where('model', '=', 'Grant')
          .where('id', 'in', grantIds)
          .execute();
        const ended = await trx
          .deleteFrom('proconnect_sessions')
          .where('grant_id', 'in', grantIds)
          .returning(['id_token', 'created_at'])
          .execute();
        proconnectSession = ended.sort((a, b) => b.created_at.getTime() - a.created_at.getTime())[0];
      }
      if (sessionId)
        await trx
          .deleteFrom('oidc_payloads')
          .where('model', '=', 'Session')
          .where('id', '=', sessionId)
          .execute();
    });
    logger.info(
      { event: 'sign-out', agent: session?.payload.accountId ?? null, grants: grantIds.length },
      'gateway session ended',
    );
    reply.header('set-cookie', [
      expiredCookie(COOKIE_NAMES.session, secure),
      expiredCookie(`${COOKIE_NAMES.session}.sig`, secure),
    ]);

    if (proconnectSession) {
      try {
        const pc = await proconnect.configuration();
        const logoutState = randomBytes(24).toString('base64url');
        await db
          .insertInto('sign_outs')
          .values({
            state: logoutState,
            redirect_uri: redirect ?? null,
            client_state: state ?? null,
            expires_at: new Date(Date.now() + LOGIN_TTL_MS),
          })
          .execute();
        const url = client.buildEndSessionUrl(pc, {
          id_token_hint: proconnectSession.id_token,
          post_logout_redirect_uri: proconnect.loggedOutUrl,
          state: logoutState,
        });
        return reply.redirect(url.href, 303);
      } catch (error) {
        request.log.warn({ err: error, event: 'proconnect.logout_failed' }, 'ProConnect logout unavailable');
      }
    }
    return backToExtension(reply, redirect ?? null, state ?? null);
  };

  function backToExtension(reply: FastifyReply, redirect: string | null, state: string | null) {
    if (!redirect) {
      return page(reply, 200, {
        title: 'Déconnecté',
        heading: 'Vous êtes déconnecté',
        paragraphs: ['Votre session Guichet Emploi et votre session ProConnect sont terminées.'],
      });
    }
    const url = new URL(redirect);
    if (state) url.searchParams.set('state', state);
    return reply.redirect(url.href, 303);
  }

  for (const path of ['/oauth/session/end', '/auth/sign-out']) {
    app.get(
      path,
      {
        schema: {
          tags: ['sign-in'],
          summary: 'Sign-out: revokes this browser’s tokens, ends the gateway and ProConnect sessions',
          querystring: signOutQuery,
        },
      },
      signOut,
    );
  }

  // ProConnect's post-logout redirect: back to the extension (or to the sign-in, to switch account).
  app.get(
    LOGGED_OUT_PATH,
    {
      schema: {
        ...browserRoute,
        summary: 'ProConnect post-logout redirect URI',
        querystring: z.object({ state: z.string().max(512).optional() }),
      },
    },
    async (request, reply) => {
      const { state } = request.query;
      const row = state
        ? await db.deleteFrom('sign_outs').where('state', '=', state).returningAll().executeTakeFirst()
        : undefined;
      if (row?.redirect_uri?.startsWith(INTERACTION_PREFIX)) return reply.redirect(row.redirect_uri, 303);
      return backToExtension(reply, row?.redirect_uri ?? null, row?.client_state ?? null);
    },
  );
}
