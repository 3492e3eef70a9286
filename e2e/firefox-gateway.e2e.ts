import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatorUpstreams } from '../gateway/src/part2/upstreams';
import type { DatabaseKind, TestDatabase } from '../gateway/test/databases';
import { createTestDatabase } from '../gateway/test/databases';
import type { TestGateway } from '../gateway/test/harness';
import { startTestGateway } from '../gateway/test/harness';
import { personalDataIn, testPeopleStrings } from '../gateway/test/people-strings';
import { API_PARTICULIER_TEST_TOKENS, DEMO_CREDENTIALS } from '../lib/settings/core/demo-credentials';
import { GATEWAY_DEMO_CREDENTIALS } from '../simulator/data/gateway-clients';
import { auditFirefoxPage, formatViolations } from './support/axe';
import {
  dumpStorage,
  element,
  labelled,
  launchFirefox,
  sendFrom,
  until,
  useGateway,
  type FirefoxSession,
} from './support/firefox';
import { startTestSimulator, type RunningSimulator } from './support/simulator';

/**
 * The agent's sign-in and an identifier check through the real gateway, in a real Firefox ESR
 * (as e2e/agent-signin.e2e.ts and e2e/journal-gateway.e2e.ts in Chromium): the session bar's
 * button → background → `identity.launchWebAuthFlow` → the gateway → the simulated
 * ProConnect's login page (a Firefox window) → admitted or refused; DPoP-bound tokens; a check
 * from the side panel and its entry in the central journal; sign-out revoking. Once on PGlite,
 * once on the real PostgreSQL.
 *
 * Host access: the gateway here listens on 127.0.0.1, which the Firefox build's install-time
 * permissions already cover (`http://127.0.0.1/*`), so the bar asks for nothing.
 */

const TOKEN_CLIENT = 'guichet-emploi-extension';

async function expectAccessible(page: Page, state: string): Promise<void> {
  const violations = await auditFirefoxPage(page);
  expect(violations, formatViolations(state, violations)).toEqual([]);
}

async function barSays(panel: Page, what: string, text: string): Promise<void> {
  await until(
    panel,
    `the session bar to say “${text}” (${what})`,
    (wanted: string) =>
      document
        .querySelector('section[aria-label="Votre session"] [role="status"]')
        ?.textContent?.includes(wanted) ?? false,
    text,
  );
}

/** Clicks the session bar's button (real mouse input: a user gesture for Firefox). */
async function clickBarButton(panel: Page, name: string): Promise<void> {
  await panel.bringToFront();
  await (await element(panel, 'section[aria-label="Votre session"] button', name)).click();
}

/** Answers the simulated ProConnect's login window: picks the agent, "Continuer". */
async function pickAgent(session: FirefoxSession, agentKey: string): Promise<Page> {
  const login = await session.pageWith('/proconnect/interaction/', 'the ProConnect login window');
  await login.waitForSelector(`#agent-${agentKey}`);
  await login.click(`#agent-${agentKey}`);
  await login.click('#continuer');
  return login;
}

/**
 * A DPoP proof (RFC 9449) signed in the extension page with the extension's own key pair as
 * read from IndexedDB (non-extractable: it can sign, not be read out), or with `window.keptKey`
 * when `kept` — the pair an earlier call kept in the page's memory.
 */
async function proofWithExtensionKey(
  page: Page,
  claims: { htm: string; htu: string; accessToken?: string; nonce?: string },
  kept = false,
): Promise<string> {
  return page.evaluate(
    async (c: { htm: string; htu: string; accessToken?: string; nonce?: string }, useKept: boolean) => {
      const holder = window as unknown as { keptKey?: CryptoKeyPair };
      const pair =
        useKept && holder.keptKey
          ? holder.keptKey
          : await new Promise<CryptoKeyPair>((resolve, reject) => {
              const open = indexedDB.open('guichet-emploi');
              open.onerror = () => reject(new Error('no database'));
              open.onsuccess = () => {
                const get = open.result.transaction('dpop-keys').objectStore('dpop-keys').get('agent');
                get.onsuccess = () =>
                  get.result ? resolve(get.result as CryptoKeyPair) : reject(new Error('no key'));
              };
            });
      holder.keptKey = pair;
      const b64 = (bytes: ArrayBuffer | Uint8Array) =>
        btoa(String.fromCharCode(...new Uint8Array(bytes)))
          .replace(/\+/g, '-')
          .replace(/\//g, '_')
          .replace(/=+$/, '');
      const text = (value: unknown) => b64(new TextEncoder().encode(JSON.stringify(value)));
      const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
      const payload: Record<string, unknown> = {
        htm: c.htm,
        htu: c.htu,
        jti: crypto.randomUUID(),
        iat: Math.floor(Date.now() / 1000),
      };
      if (c.accessToken)
        payload.ath = b64(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(c.accessToken)));
      if (c.nonce) payload.nonce = c.nonce;
      const input = `${text({ typ: 'dpop+jwt', alg: 'ES256', jwk: { kty, crv, x, y } })}.${text(payload)}`;
      const signature = await crypto.subtle.sign(
        { name: 'ECDSA', hash: 'SHA-256' },
        pair.privateKey,
        new TextEncoder().encode(input),
      );
      return `${input}.${b64(signature)}`;
    },
    claims,
    kept,
  );
}

/** A DPoP request from Node with a proof from the extension's key, retried once for a server nonce. */
async function withExtensionProof(
  page: Page,
  url: string,
  init: { method: 'GET' | 'POST'; accessToken?: string; body?: URLSearchParams },
  kept = false,
): Promise<Response> {
  const send = async (nonce?: string) =>
    fetch(url, {
      method: init.method,
      headers: {
        DPoP: await proofWithExtensionKey(
          page,
          {
            htm: init.method,
            htu: url,
            ...(init.accessToken ? { accessToken: init.accessToken } : {}),
            ...(nonce ? { nonce } : {}),
          },
          kept,
        ),
        ...(init.accessToken ? { Authorization: `DPoP ${init.accessToken}` } : {}),
        ...(init.body ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(init.body ? { body: init.body } : {}),
    });
  const first = await send();
  const nonce = first.headers.get('dpop-nonce');
  if (nonce && (first.status === 400 || first.status === 401)) return send(nonce);
  return first;
}

/** Opens the journal view and answers the text of the row of the check with this case reference. */
async function journalRowFor(panel: Page, reference: string, what: string): Promise<string> {
  await (await element(panel, 'nav button', 'Journal des vérifications')).click();
  await until(
    panel,
    what,
    (wanted: string) =>
      [...document.querySelectorAll('table tbody tr')].some((r) => r.textContent?.includes(wanted)),
    reference,
  );
  return panel.evaluate(
    (wanted: string) =>
      [...document.querySelectorAll('table tbody tr')].find((r) => r.textContent?.includes(wanted))
        ?.textContent ?? '',
    reference,
  );
}

describe.each<DatabaseKind>(['pglite', 'postgres'])(
  'Firefox ESR: the agent signs in at the gateway (%s) and checks a status through it',
  (kind) => {
    let simulator: RunningSimulator;
    let database: TestDatabase;
    let gateway: TestGateway;
    let session: FirefoxSession;
    let panel: Page;
    /** Captured while signed in, to show that sign-out revoked them. */
    let tokens: { access: string; refresh: string } | undefined;

    beforeAll(async () => {
      simulator = await startTestSimulator();
      database = await createTestDatabase(kind);
      gateway = await startTestGateway({
        simulator,
        database,
        edit: (document) => {
          document.upstreams = simulatorUpstreams(simulator.url);
        },
      });
      session = await launchFirefox();
      panel = await session.page('sidepanel');
      await useGateway(panel, gateway.url);
      await panel.waitForSelector('section[aria-label="Votre session"]', { timeout: 20_000 });
      await panel.setViewport({ width: 400, height: 900 });
    });

    afterAll(async () => {
      await session?.close();
      await gateway?.close();
      await database?.drop();
      await simulator?.close();
    });

    it('shows the signed-out session bar, accessible', async () => {
      expect(await sendFrom(panel, 'getAgentSession')).toEqual({ ok: true, value: { status: 'signed_out' } });
      await barSays(panel, 'signed out', 'Connectez-vous avec ProConnect');
      await element(panel, 'section[aria-label="Votre session"] button', 'Se connecter avec ProConnect');
      await expectAccessible(panel, `Firefox side panel, signed out (${kind})`);
    });

    it('shows a refused agent the gateway’s refusal page, then the refusal in the bar; keeps nothing', async () => {
      await clickBarButton(panel, 'Se connecter avec ProConnect');
      const login = await pickAgent(session, 'outsider');
      // Firefox keeps the window on the gateway's refusal page (an HTTP error status does not end
      // its launchWebAuthFlow); the agent reads it and closes the window.
      // (The login page lists the agents' SIRETs too: wait for the gateway's page first.)
      await until(
        login,
        'the gateway’s refusal page naming the refused SIRET',
        (origin: string) =>
          location.href.startsWith(origin) && (document.body?.innerText.includes('44123456700010') ?? false),
        gateway.url,
      );
      await expectAccessible(login, `Firefox, the gateway's refusal page (${kind})`);
      await login.close();
      await barSays(panel, 'refused', 'La connexion a été refusée ou abandonnée');
      await expectAccessible(panel, `Firefox side panel, sign-in refused (${kind})`);
      expect(await dumpStorage(panel, 'local')).not.toHaveProperty('agentRefresh');
      expect(await dumpStorage(panel, 'session')).not.toHaveProperty('agentAccess');
    });

    it('signs an admitted agent in from the bar: name and organisation shown, accessible', async () => {
      await clickBarButton(panel, 'Se connecter avec ProConnect');
      await pickAgent(session, 'riom-agent');
      await barSays(panel, 'signed in', 'Connecté : Camille Martin, Ville de Riom');
      await element(panel, 'section[aria-label="Votre session"] button', 'Se déconnecter');
      await expectAccessible(panel, `Firefox side panel, signed in (${kind})`);
      expect(await sendFrom(panel, 'getAgentSession')).toMatchObject({
        ok: true,
        value: {
          status: 'signed_in',
          profile: {
            agent: { givenName: 'Camille', usualName: 'Martin' },
            organisation: { id: 'ville-de-riom', siret: '21630300400016' },
            role: 'agent',
          },
        },
      });
    });

    it('keeps the access token in session storage only, bound to a non-extractable key', async () => {
      const sessionArea = await dumpStorage(panel, 'session');
      const local = await dumpStorage(panel, 'local');
      const sync = await dumpStorage(panel, 'sync');
      const access = (sessionArea.agentAccess as { accessToken: string }).accessToken;
      // The refresh token is in storage.local by design (lib/platform/storage/items.ts): the
      // session survives a browser restart; it is DPoP-bound to the key, useless without it.
      const refresh = (local.agentRefresh as { refreshToken: string }).refreshToken;
      expect(access.length).toBeGreaterThan(20);
      expect(JSON.stringify(local)).not.toContain(access);
      expect(JSON.stringify(sync)).not.toContain(access);
      expect(JSON.stringify(sync)).not.toContain(refresh);
      expect(JSON.stringify(sessionArea)).not.toContain(refresh);
      tokens = { access, refresh };

      const key = await panel.evaluate(
        () =>
          new Promise<{ extractable: boolean; exported: string; algorithm: string }>((resolve, reject) => {
            const open = indexedDB.open('guichet-emploi');
            open.onerror = () => reject(new Error('no database'));
            open.onsuccess = () => {
              const get = open.result.transaction('dpop-keys').objectStore('dpop-keys').get('agent');
              get.onsuccess = () => {
                const pair = get.result as CryptoKeyPair;
                const facts = {
                  extractable: pair.privateKey.extractable,
                  algorithm: pair.privateKey.algorithm.name,
                };
                crypto.subtle.exportKey('jwk', pair.privateKey).then(
                  () => resolve({ ...facts, exported: 'yes' }),
                  (error: Error) => resolve({ ...facts, exported: error.name }),
                );
              };
            };
          }),
      );
      expect(key).toEqual({ extractable: false, exported: 'InvalidAccessError', algorithm: 'ECDSA' });

      // The key signs for the extension: with its proof the access token is accepted; as a
      // Bearer token (stolen, without the key) it is refused.
      const me = `${gateway.url}/api/v1/me`;
      expect((await withExtensionProof(panel, me, { method: 'GET', accessToken: access })).status).toBe(200);
      expect((await fetch(me, { headers: { Authorization: `Bearer ${access}` } })).status).toBe(401);

      // A proof is good once (RFC 9449 §11.1): the very proof that was accepted, sent again, is
      // refused. (A server nonce, if asked for, is put in the proof first.)
      const withProof = (proof: string) =>
        fetch(me, { headers: { Authorization: `DPoP ${access}`, DPoP: proof } });
      let proof = await proofWithExtensionKey(panel, { htm: 'GET', htu: me, accessToken: access });
      let accepted = await withProof(proof);
      const nonce = accepted.headers.get('dpop-nonce');
      if (accepted.status === 401 && nonce) {
        proof = await proofWithExtensionKey(panel, { htm: 'GET', htu: me, accessToken: access, nonce });
        accepted = await withProof(proof);
      }
      expect(accepted.status).toBe(200);
      expect((await withProof(proof)).status).toBe(401);
    });

    it('checks a status by identifier from the side panel, and shows the entry in the central journal', async () => {
      await (await element(panel, 'nav button', 'Vérification du statut')).click();
      await until(
        panel,
        'the check form',
        () => !!document.querySelector('input[type="radio"][value="identifiant"]'),
      );
      await panel.click('input[type="radio"][value="identifiant"]');
      const motif = await labelled(panel, 'Motif de la vérification');
      // The motifs are the organisation's, from the gateway.
      const motifs = await motif.evaluate((select) =>
        [...(select as HTMLSelectElement).options].map((option) => option.value),
      );
      expect(motifs).toContain('Instruction d’une demande d’aide sociale');
      await motif.select('Instruction d’une demande d’aide sociale');
      // The gateway wants a file number (with a digit), not a name: gateway/src/checks/problems.ts.
      const reference = `FF-GW-${kind}-1`;
      await (await labelled(panel, 'Référence du dossier')).type(reference);
      await (await labelled(panel, 'Identifiant France Travail')).type('1234567A');
      await (await element(panel, 'button', 'Vérifier le statut')).click();
      await until(
        panel,
        'the verdict heading',
        () => document.activeElement?.textContent?.includes('Inscrit(e) comme demandeur d’emploi') ?? false,
      );
      await session.screenshot(panel, `firefox-gateway-verdict-${kind}`);
      await expectAccessible(panel, `Firefox side panel, gateway verdict (${kind})`);

      const row = await journalRowFor(panel, reference, 'the check in the central journal');
      expect(row).toContain('Camille Martin');
      expect(row).not.toContain('1234567A');
      await until(panel, 'the central journal’s note', () =>
        document.body.innerText.includes('tenu par la passerelle de votre organisation'),
      );
      await session.screenshot(panel, `firefox-gateway-journal-${kind}`);
      await expectAccessible(panel, `Firefox side panel, central journal (${kind})`);
      await (await element(panel, 'nav button', 'Vérification du statut')).click();
    });

    it('checks with the person present through the gateway’s FranceConnect: the sealed result shown, journalled', async () => {
      // Back on the status view: the form, or the identifier check's result still shown.
      await until(
        panel,
        'the check form or the last result',
        () =>
          !!document.querySelector('input[type="radio"][value="franceconnect"]') ||
          [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Effacer'),
      );
      if (!(await panel.$('input[type="radio"][value="franceconnect"]')))
        await (await element(panel, 'button', 'Effacer')).click();
      await until(
        panel,
        'the FranceConnect mode in the form',
        () => !!document.querySelector('input[type="radio"][value="franceconnect"]'),
      );
      await panel.click('input[type="radio"][value="franceconnect"]');
      const modeLabel = await panel.evaluate(
        () =>
          document.querySelector<HTMLInputElement>('input[type="radio"][value="franceconnect"]')?.labels?.[0]
            ?.textContent ?? '',
      );
      expect(modeLabel).toBe('Personne présente — FranceConnect');
      await (
        await labelled(panel, 'Motif de la vérification')
      ).select('Instruction d’une demande d’aide sociale');
      const reference = `FF-FC-${kind}-1`;
      const field = await labelled(panel, 'Référence du dossier');
      await field.evaluate((input) => {
        (input as HTMLInputElement).select();
      });
      await field.type(reference);
      // No identifier with FranceConnect: the person identifies herself in the window.
      expect(
        await panel.evaluate(() =>
          [...document.querySelectorAll('label')].some((l) =>
            l.textContent?.trim().startsWith('Identifiant France Travail'),
          ),
        ),
      ).toBe(false);
      await (await element(panel, 'button', 'Ouvrir FranceConnect')).click();
      await until(panel, 'the pending FranceConnect status', () =>
        [...document.querySelectorAll('[role="status"]')].some((s) =>
          s.textContent?.includes('Connexion FranceConnect en cours dans la fenêtre ouverte…'),
        ),
      );

      // launchWebAuthFlow's window: the gateway sent it to the simulated FranceConnect.
      const login = await session.pageWith('/franceconnect/', 'the FranceConnect login window');
      await login.waitForSelector('#formulaire-consentement', { timeout: 30_000 });
      expect(login.url().startsWith(`${simulator.url}/franceconnect/`)).toBe(true);
      await login.click('#identite-eloise-lefevre-nguyen');
      await login.click('#autoriser');

      const verdict = 'Inscrit(e) comme demandeur d’emploi — catégorie 2 depuis le 2 septembre 2024';
      await until(
        panel,
        'the FranceConnect verdict heading, focused',
        (wanted: string) => {
          const focused = document.activeElement;
          return focused?.tagName === 'H2' && (focused.textContent?.includes(wanted) ?? false);
        },
        verdict,
      );
      await until(
        panel,
        'the verdict announced',
        (wanted: string) =>
          document
            .querySelector('.status-panel > [role="status"][aria-live="polite"]')
            ?.textContent?.includes(wanted) ?? false,
        verdict,
      );
      expect(await panel.evaluate(() => document.body.innerText)).toContain(
        'France Travail, via FranceConnect, avec le consentement de la personne',
      );
      await session.screenshot(panel, `firefox-gateway-franceconnect-${kind}`);
      await expectAccessible(panel, `Firefox side panel, gateway FranceConnect result (${kind})`);
      await (await element(panel, 'button', 'Effacer')).click();
      await until(
        panel,
        'the form after “Effacer”',
        () => !!document.querySelector('input[type="radio"][value="franceconnect"]'),
      );

      const row = await journalRowFor(panel, reference, 'the FranceConnect check in the central journal');
      expect(row).toContain('Camille Martin');
      expect(row).toContain('FranceConnect');
      expect(personalDataIn(row, testPeopleStrings())).toEqual([]);
      await (await element(panel, 'nav button', 'Vérification du statut')).click();
    });

    it('signs out from the bar: the gateway refuses the refresh token and the access token after', async () => {
      if (!tokens) throw new Error('The storage test did not capture the tokens.');
      const tokenUrl = `${gateway.issuer}/token`;
      const refreshBody = () =>
        new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: tokens!.refresh,
          client_id: TOKEN_CLIENT,
        });
      // Keep the key pair in the page's memory: sign-out deletes it from IndexedDB, and proofs
      // from that very key show that the refusal afterwards is the revocation's.
      await proofWithExtensionKey(panel, { htm: 'POST', htu: tokenUrl });

      await clickBarButton(panel, 'Se déconnecter');
      await barSays(panel, 'signed out', 'Vous êtes déconnecté.');
      await element(panel, 'section[aria-label="Votre session"] button', 'Se connecter avec ProConnect');
      expect(await sendFrom(panel, 'getAgentSession')).toEqual({ ok: true, value: { status: 'signed_out' } });
      expect(await dumpStorage(panel, 'local')).not.toHaveProperty('agentRefresh');
      expect(await dumpStorage(panel, 'session')).not.toHaveProperty('agentAccess');
      const keyLeft = await panel.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const open = indexedDB.open('guichet-emploi');
            open.onsuccess = () => {
              const get = open.result.transaction('dpop-keys').objectStore('dpop-keys').get('agent');
              get.onsuccess = () => resolve(get.result !== undefined);
            };
          }),
      );
      expect(keyLeft).toBe(false);

      const refreshed = await withExtensionProof(
        panel,
        tokenUrl,
        { method: 'POST', body: refreshBody() },
        true,
      );
      expect(refreshed.status).toBe(400);
      expect(((await refreshed.json()) as { error?: string }).error).toBe('invalid_grant');
      const me = `${gateway.url}/api/v1/me`;
      expect(
        (await withExtensionProof(panel, me, { method: 'GET', accessToken: tokens.access }, true)).status,
      ).toBe(401);
    });

    it('leaves in Firefox’s storage no upstream secret or token and none of the test people’s data', async () => {
      const upstreamSecrets = [
        DEMO_CREDENTIALS.partner.clientSecret,
        DEMO_CREDENTIALS.franceConnect.clientSecret,
        DEMO_CREDENTIALS.apiParticulier.token,
        ...Object.values(API_PARTICULIER_TEST_TOKENS),
        GATEWAY_DEMO_CREDENTIALS.proConnect.clientSecret,
        GATEWAY_DEMO_CREDENTIALS.franceConnect.clientSecret,
      ];
      const stored = JSON.stringify({
        local: await dumpStorage(panel, 'local'),
        sync: await dumpStorage(panel, 'sync'),
        session: await dumpStorage(panel, 'session'),
      });
      expect(stored).toContain(gateway.url); // the settings: a real dump, not an empty one
      expect(upstreamSecrets.filter((secret) => stored.includes(secret))).toEqual([]);
      expect(stored).not.toMatch(/"(partnerToken|franceConnectSession|agentAccess|agentRefresh)"/);
      expect(personalDataIn(stored, testPeopleStrings())).toEqual([]);
    });
  },
);

/**
 * A gateway host no install-time permission covers: the bar asks Firefox for that host alone,
 * within the click. Firefox accepts `permissions.request` only from a user input handler (the
 * control below, from a script, is refused); its prompt is a doorhanger automation cannot
 * answer, so this browser runs with `extensions.webextOptionalPermissionPrompts` off (Firefox
 * grants without showing it). No gateway answers at that address: the sign-in then fails, in words.
 */
describe('Firefox ESR: the gateway’s host permission, asked from the session bar’s click', () => {
  const gatewayUrl = 'https://passerelle.exemple.invalid';
  const pattern = 'https://passerelle.exemple.invalid/*';
  let session: FirefoxSession;
  let panel: Page;

  beforeAll(async () => {
    session = await launchFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
    panel = await session.page('sidepanel');
    await useGateway(panel, gatewayUrl);
    await panel.waitForSelector('section[aria-label="Votre session"]', { timeout: 20_000 });
  });

  afterAll(async () => {
    await session?.close();
  });

  const hasHost = () =>
    panel.evaluate((origin: string) => {
      const { permissions } = (globalThis as unknown as { browser: typeof chrome }).browser;
      return permissions.contains({ origins: [origin] });
    }, pattern);

  it('is refused to a script, granted within the click, for the configured host only', async () => {
    expect(await hasHost()).toBe(false);
    const fromScript = await panel.evaluate(async (origin: string) => {
      const { permissions } = (globalThis as unknown as { browser: typeof chrome }).browser;
      return permissions.request({ origins: [origin] }).then(
        (granted) => `granted: ${String(granted)}`,
        (error: Error) => `refused: ${error.message}`,
      );
    }, pattern);
    expect(fromScript).toMatch(/^refused: .*user input handler/);
    expect(await hasHost()).toBe(false);

    await clickBarButton(panel, 'Se connecter avec ProConnect');
    await barSays(panel, 'failed', 'La connexion n’a pas abouti');
    expect(await hasHost()).toBe(true);
    const all = await panel.evaluate(() => {
      const { permissions } = (globalThis as unknown as { browser: typeof chrome }).browser;
      return permissions.getAll();
    });
    expect((all.origins ?? []).filter((origin) => origin.startsWith('https://*'))).toEqual([]);
    await expectAccessible(panel, 'Firefox side panel, sign-in failed');
  });
});
