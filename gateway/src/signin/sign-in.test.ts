import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../simulator/server';
import {
  TestBrowser,
  expectPage,
  expectRedirect,
  formAction,
  hiddenFields,
  linkTarget,
} from '../../test/browser';
import type { TestDatabase } from '../../test/databases';
import { DATABASE_KINDS, createTestDatabase } from '../../test/databases';
import { dpopProof, otherKeyPair } from '../../test/dpop';
import type { TestGateway } from '../../test/harness';
import {
  EXTENSION_ORIGINS,
  EXTENSION_REDIRECT,
  ExtensionClient,
  pickAgent,
  signIn,
  startTestGateway,
  startTestSimulator,
} from '../../test/harness';
import type { DatabaseHandle } from '../db/open';

describe.each(DATABASE_KINDS)('agents sign in through ProConnect (%s)', (kind) => {
  let simulator: RunningSimulator;
  let testDb: TestDatabase;
  let handle: DatabaseHandle;
  let gateway: TestGateway;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    testDb = await createTestDatabase(kind);
    handle = await testDb.open();
    gateway = await startTestGateway({ simulator, database: testDb, handle });
  });
  afterAll(async () => {
    await gateway?.close();
    await handle?.close();
    await testDb?.drop();
    await simulator?.close();
  });

  const meUrl = () => `${gateway.url}/api/v1/me`;

  it.each([
    [
      'riom-agent',
      { givenName: 'Camille', usualName: 'Martin', email: 'camille.martin@ville-riom.fr' },
      'ville-de-riom',
      'agent',
    ],
    [
      'riom-dpo',
      { givenName: 'Dominique', usualName: 'Bernard', email: 'dpo@ville-riom.fr' },
      'ville-de-riom',
      'dpo',
    ],
    [
      'no-siret',
      { givenName: 'Jo', usualName: 'Lambert', email: 'jo.lambert@ville-riom.fr' },
      'ville-de-riom',
      'agent',
    ],
    [
      'ccas-agent',
      { givenName: 'Sacha', usualName: 'Petit', email: 'sacha.petit@ccas-clermont.fr' },
      'ccas-clermont-ferrand',
      'agent',
    ],
    [
      'ccas-dpo',
      { givenName: 'Alix', usualName: 'Robert', email: 'alix.robert@ccas-clermont.fr' },
      'ccas-clermont-ferrand',
      'dpo',
    ],
  ])('admits %s and the API knows them', async (agentKey, agent, organisationId, role) => {
    const { ext, tokens } = await signIn(gateway, agentKey);
    expect(tokens.token_type.toLowerCase()).toBe('dpop');
    expect(tokens.expires_in).toBe(300);
    expect(tokens.refresh_token).toEqual(expect.any(String));
    const me = await ext.api(gateway.url, '/api/v1/me', tokens.access_token);
    expect(me.status).toBe(200);
    const organisation = gateway.loaded.config.organisations.find((o) => o.id === organisationId)!;
    expect(await me.json()).toEqual({
      agent,
      organisation: { id: organisation.id, name: organisation.name, siret: organisation.siret },
      role,
    });
    const row = await handle.db
      .selectFrom('agents')
      .select(['organisation_id', 'role', 'email'])
      .where('email', '=', agent.email)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ organisation_id: organisationId, role, email: agent.email });
  });

  it('logs no token, secret or name, and caps the refresh token at 8 hours from the sign-in', async () => {
    const { tokens } = await signIn(gateway, 'riom-agent');
    const logs = gateway.logs.text();
    expect(gateway.logs.lines.some((l) => l.event === 'admission.accepted')).toBe(true);
    for (const secret of [
      tokens.access_token,
      tokens.refresh_token!,
      tokens.id_token!,
      'simulateur-proconnect',
    ]) {
      expect(logs).not.toContain(secret);
    }
    for (const personal of ['camille.martin', 'Camille', 'Martin']) expect(logs).not.toContain(personal);
    expect(logs).not.toMatch(/code=|state=|code_verifier/);

    const refresh = await handle.db
      .selectFrom('oidc_payloads')
      .select('expires_at')
      .where('model', '=', 'RefreshToken')
      .orderBy('expires_at', 'desc')
      .executeTakeFirstOrThrow();
    const left = (refresh.expires_at!.getTime() - Date.now()) / 1000;
    expect(left).toBeLessThanOrEqual(8 * 3600);
    expect(left).toBeGreaterThan(8 * 3600 - 120);
  });

  it('refuses an agent whose SIRET no organisation admits, on a French page naming the rule, the SIRET and the organisation', async () => {
    const ext = await ExtensionClient.create(gateway.issuer);
    const browser = new TestBrowser(EXTENSION_ORIGINS);
    const request = await ext.authorizationRequest();
    const refusal = expectPage(await pickAgent(browser, await browser.visit(request.url), 'outsider'));
    expect(refusal.status).toBe(200);
    expect(refusal.html).toContain('<html lang="fr">');
    expect(refusal.html).toMatch(/<title>Accès refusé — Guichet Emploi<\/title>/);
    expect(refusal.html).toMatch(/<main>[\s\S]*<h1>Accès refusé à Guichet Emploi<\/h1>/);
    expect(refusal.html).toContain('<header>');
    expect(refusal.html).toContain(
      'Le SIRET de votre établissement (44123456700010) ne fait partie d’aucune organisation',
    );
    expect(refusal.html).toContain('<dt>SIRET</dt><dd>44123456700010</dd>');
    expect(refusal.html).toContain('<dt>Organisation</dt><dd>inconnue de cette passerelle</dd>');
    expect(refusal.html).toContain('<dt>Adresse électronique</dt><dd>lou.fontaine@exemple-sas.fr</dd>');

    // The log says who and which rule, by the agent's own identifiers only.
    const line = gateway.logs.lines.find((l) => l.event === 'admission.refused');
    expect(line).toMatchObject({
      rule: 'siret-not-admitted',
      agent: { sub: 'b7c8d9e0-3f4a-4b5c-8d6e-f0a1b2c3d701', siret: '44123456700010' },
    });
    expect(gateway.logs.text()).not.toContain('lou.fontaine');
    expect(gateway.logs.text()).not.toContain('Fontaine');

    // "Revenir à Guichet Emploi" ends the authorization with access_denied at the extension.
    const back = expectRedirect(await browser.visit(formAction(refusal, /\/abort$/), { form: {} }));
    expect(back.origin + back.pathname).toBe(EXTENSION_REDIRECT);
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe(request.state);
    expect(
      await handle.db
        .selectFrom('agents')
        .select('id')
        .where('email', '=', 'lou.fontaine@exemple-sas.fr')
        .execute(),
    ).toEqual([]);
  });

  it('refuses an agent without two-factor when their organisation demands it, and lets them retry with it', async () => {
    const ext = await ExtensionClient.create(gateway.issuer);
    const browser = new TestBrowser(EXTENSION_ORIGINS);
    const request = await ext.authorizationRequest();
    const refusal = expectPage(await pickAgent(browser, await browser.visit(request.url), 'ccas-no2fa'));
    expect(refusal.status).toBe(200);
    expect(refusal.html).toContain(
      'CCAS de Clermont-Ferrand exige une authentification à deux facteurs, et votre connexion ProConnect n’en a pas utilisé.',
    );
    expect(refusal.html).toContain('<dt>SIRET</dt><dd>26630113000016</dd>');
    expect(refusal.html).toContain('<dt>Organisation</dt><dd>CCAS de Clermont-Ferrand</dd>');
    expect(
      gateway.logs.lines.some((l) => l.event === 'admission.refused' && l.rule === 'two-factor-required'),
    ).toBe(true);

    // Retrying asks ProConnect for an essential two-factor acr; this agent cannot reach it…
    const retry = expectPage(
      await browser.visit(linkTarget(refusal, 'Se reconnecter avec la double authentification')),
    );
    expect(retry.html).toContain('Niveau demandé par le service');
    const failed = expectPage(await pickAgent(browser, retry, 'ccas-no2fa'));
    expect(failed.status).toBe(200);
    expect(failed.html).toContain('ProConnect n’a pas pu vous connecter');
    // …a colleague with two-factor can, and the extension gets its code.
    const again = expectPage(await browser.visit(linkTarget(failed, 'Réessayer')));
    const callback = expectRedirect(await pickAgent(browser, again, 'ccas-agent'));
    const tokens = await ext.redeem(callback, request);
    const me = await ext.api(gateway.url, '/api/v1/me', tokens.access_token);
    expect(((await me.json()) as { agent: { email: string } }).agent.email).toBe(
      'sacha.petit@ccas-clermont.fr',
    );
  });

  it('offers to switch ProConnect account after a refusal (ProConnect logout, then the sign-in again)', async () => {
    const ext = await ExtensionClient.create(gateway.issuer);
    const browser = new TestBrowser(EXTENSION_ORIGINS);
    const request = await ext.authorizationRequest();
    const refusal = expectPage(await pickAgent(browser, await browser.visit(request.url), 'outsider'));
    const switchUrl = linkTarget(refusal, 'Se connecter avec un autre compte');
    expect(switchUrl.href.startsWith(`${simulator.url}/proconnect/session/end`)).toBe(true);
    const confirm = expectPage(await browser.visit(switchUrl));
    const loginAgain = expectPage(
      await browser.visit(formAction(confirm, /session\/end\/confirm/), { form: logoutForm(confirm.html) }),
    );
    const callback = expectRedirect(await pickAgent(browser, loginAgain, 'riom-agent'));
    expect((await ext.redeem(callback, request)).access_token).toEqual(expect.any(String));
  });

  it('refuses a stolen access token used without its key, a Bearer token, and a missing proof', async () => {
    const { tokens } = await signIn(gateway, 'riom-agent');
    const thief = await otherKeyPair();
    const stolen = await fetch(meUrl(), {
      headers: {
        authorization: `DPoP ${tokens.access_token}`,
        dpop: await dpopProof(thief, { htm: 'GET', htu: meUrl(), accessToken: tokens.access_token }),
      },
    });
    expect(stolen.status).toBe(401);
    expect(stolen.headers.get('content-type')).toContain('application/problem+json');
    expect(await stolen.json()).toMatchObject({ code: 'invalid-dpop-proof', status: 401 });
    expect(stolen.headers.get('www-authenticate')).toContain('DPoP error="invalid_dpop_proof"');

    const bearer = await fetch(meUrl(), { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(await bearer.json()).toMatchObject({ code: 'dpop-required', status: 401 });
    const noProof = await fetch(meUrl(), { headers: { authorization: `DPoP ${tokens.access_token}` } });
    expect(await noProof.json()).toMatchObject({ code: 'invalid-dpop-proof' });
    const nothing = await fetch(meUrl());
    expect(await nothing.json()).toMatchObject({ code: 'unauthenticated', status: 401 });
  });

  it('refuses a replayed DPoP proof, and proofs for another method, URL or token', async () => {
    const { ext, tokens } = await signIn(gateway, 'riom-agent');
    const headers = (proof: string) => ({ authorization: `DPoP ${tokens.access_token}`, dpop: proof });
    const proof = await dpopProof(ext.keyPair, {
      htm: 'GET',
      htu: meUrl(),
      accessToken: tokens.access_token,
    });
    expect((await fetch(meUrl(), { headers: headers(proof) })).status).toBe(200);
    const replay = await fetch(meUrl(), { headers: headers(proof) });
    expect(replay.status).toBe(401);
    expect(await replay.json()).toMatchObject({ code: 'dpop-proof-replayed' });

    const wrong = [
      { htm: 'POST', htu: meUrl(), accessToken: tokens.access_token },
      { htm: 'GET', htu: `${gateway.url}/api/v1/other`, accessToken: tokens.access_token },
      { htm: 'GET', htu: meUrl(), accessToken: 'another-token' },
      {
        htm: 'GET',
        htu: meUrl(),
        accessToken: tokens.access_token,
        iat: Math.floor(Date.now() / 1000) - 600,
      },
    ];
    for (const claims of wrong) {
      const answer = await fetch(meUrl(), { headers: headers(await dpopProof(ext.keyPair, claims)) });
      expect(answer.status).toBe(401);
      expect(await answer.json()).toMatchObject({ code: 'invalid-dpop-proof' });
    }
  });

  it('rotates the refresh token, and a reused one revokes the whole family', async () => {
    const { ext, tokens } = await signIn(gateway, 'riom-agent');
    const first = tokens.refresh_token!;
    const rotated = await ext.refresh(first);
    expect(rotated.refresh_token).toEqual(expect.any(String));
    expect(rotated.refresh_token).not.toBe(first);
    expect((await ext.api(gateway.url, '/api/v1/me', rotated.access_token)).status).toBe(200);

    await expect(ext.refresh(first)).rejects.toMatchObject({ error: 'invalid_grant' });
    await expect(ext.refresh(rotated.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    expect((await ext.api(gateway.url, '/api/v1/me', rotated.access_token)).status).toBe(401);
  });

  it('binds the refresh token to the key: another key cannot redeem it', async () => {
    const { tokens } = await signIn(gateway, 'riom-agent');
    const thief = await ExtensionClient.create(gateway.issuer);
    await expect(thief.refresh(tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('revokes a refresh token and its access tokens at the revocation endpoint', async () => {
    const { ext, tokens } = await signIn(gateway, 'riom-agent');
    await ext.revoke(tokens.refresh_token!);
    await expect(ext.refresh(tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    expect((await ext.api(gateway.url, '/api/v1/me', tokens.access_token)).status).toBe(401);
  });

  it('signs out: tokens revoked, gateway session ended, ProConnect session ended, back to the extension', async () => {
    const { ext, browser, tokens } = await signIn(gateway, 'riom-agent');
    const sessionId = /_passerelle_session=([^;]+)/.exec(
      await browser.jar.getCookieString(`${gateway.url}/`),
    )?.[1];
    expect(sessionId).toEqual(expect.any(String));
    const session = await handle.db
      .selectFrom('oidc_payloads')
      .select('payload')
      .where('model', '=', 'Session')
      .where('id', '=', sessionId!)
      .executeTakeFirstOrThrow();
    const grantId = (session.payload.authorizations as Record<string, { grantId: string }>)[
      'guichet-emploi-extension'
    ]!.grantId;
    expect(
      await handle.db
        .selectFrom('proconnect_sessions')
        .select('grant_id')
        .where('grant_id', '=', grantId)
        .execute(),
    ).toHaveLength(1);

    const signOut = new URL(`${gateway.issuer}/session/end`);
    signOut.searchParams.set('client_id', 'guichet-emploi-extension');
    signOut.searchParams.set('post_logout_redirect_uri', EXTENSION_REDIRECT);
    signOut.searchParams.set('state', 'etat-extension');
    const confirm = expectPage(await browser.visit(signOut));
    // Through ProConnect's end_session, which asks to confirm (oidc-provider's logout form).
    expect(confirm.url.href.startsWith(`${simulator.url}/proconnect/session/end`)).toBe(true);
    const back = expectRedirect(
      await browser.visit(formAction(confirm, /session\/end\/confirm/), { form: logoutForm(confirm.html) }),
    );
    expect(back.origin + back.pathname).toBe(EXTENSION_REDIRECT);
    expect(back.searchParams.get('state')).toBe('etat-extension');

    expect((await ext.api(gateway.url, '/api/v1/me', tokens.access_token)).status).toBe(401);
    await expect(ext.refresh(tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    expect(
      await handle.db
        .selectFrom('oidc_payloads')
        .select('id')
        .where((eb) => eb.or([eb('id', '=', sessionId!), eb('grant_id', '=', grantId)]))
        .execute(),
    ).toEqual([]);
    expect(
      await handle.db
        .selectFrom('proconnect_sessions')
        .select('grant_id')
        .where('grant_id', '=', grantId)
        .execute(),
    ).toEqual([]);
    expect(await browser.jar.getCookieString(`${gateway.url}/`)).not.toContain('_passerelle_session=');
  });

  it('refuses a sign-out toward an address that is not the extension’s', async () => {
    const answer = await fetch(
      `${gateway.url}/auth/sign-out?post_logout_redirect_uri=${encodeURIComponent('https://evil.example/')}`,
    );
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain('Adresse de retour non autorisée');
  });

  it('refuses authorization requests without PKCE or with an unregistered redirect URI, without redirecting', async () => {
    const ext = await ExtensionClient.create(gateway.issuer);
    const { url } = await ext.authorizationRequest({ redirect_uri: 'https://evil.example/' });
    const evil = await fetch(url, { redirect: 'manual' });
    expect(evil.status).toBe(400);
    expect(await evil.text()).toContain('invalid_redirect_uri');

    const noPkce = new URL(url);
    noPkce.searchParams.set('redirect_uri', EXTENSION_REDIRECT);
    noPkce.searchParams.delete('code_challenge');
    noPkce.searchParams.delete('code_challenge_method');
    const answer = await fetch(noPkce, { redirect: 'manual' });
    const location = new URL(answer.headers.get('location')!);
    expect(location.searchParams.get('error')).toBe('invalid_request');
  });
});

/** The fields of oidc-provider's logout confirmation form (xsrf token, "logout" = yes). */
function logoutForm(html: string): Record<string, string> {
  return { ...hiddenFields(html), logout: 'yes' };
}
