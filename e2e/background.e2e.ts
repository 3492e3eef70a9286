import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PARTICULIER_PEOPLE, FRANCECONNECT_IDENTITIES } from '../simulator/data/people';
import { DEMO_CREDENTIALS } from '../lib/settings/core/demo-credentials';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { sendFrom as send } from './support/messages';
import { startTestSimulator, type RunningSimulator } from './support/simulator';

/**
 * The background services in a real Chromium against the simulator: client-credentials
 * events, the FranceConnect flow through launchWebAuthFlow and the provider's own login
 * page, an API Particulier lookup, tokens surviving a service-worker restart, and storage
 * that holds no token and no personal data outside storage.session.
 */
describe('Chromium: background services against the simulator', () => {
  let session: ChromiumSession;
  let simulator: RunningSimulator;
  let panel: Page;
  let tokensIssued = 0;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    // Count the partner tokens the simulator issues (the real issuing code still runs).
    const store = simulator.state.partnerTokens;
    const issue = store.issue.bind(store);
    store.issue = (clientId, scope) => {
      tokensIssued += 1;
      return issue(clientId, scope);
    };
    session = await launchChromium();
    await session.useSimulator(simulator.url, { departements: ['75', '92', '63'] });
    panel = await session.open('sidepanel');
  });

  afterAll(async () => {
    await session?.close();
    await simulator?.close();
  });

  it('fetches the territory’s events with client credentials into the cache', async () => {
    const summary = await send<{ count: number; dropped: number; requests: number }>(panel, 'refreshEvents', {
      force: true,
    });
    expect(summary).toMatchObject({ ok: true, value: { dropped: 0 } });
    expect(summary.value?.count).toBeGreaterThan(10);
    const local = await session.dumpStorage('local');
    const cache = local.eventsCache as { territory: string[]; events: { key: string }[] };
    expect(cache.territory).toEqual(['75', '92', '63']);
    expect(cache.events).toHaveLength(summary.value?.count ?? -1);
    expect((local.eventsDigest as { local: unknown[] }).local.length).toBeGreaterThan(0);
    const sessionArea = await session.dumpStorage('session');
    expect(sessionArea.partnerToken).toMatchObject({ accessToken: expect.any(String) });
    const state = await send<{ partnerTokenHeld: boolean; configured: Record<string, boolean> }>(
      panel,
      'getConnectionState',
    );
    expect(state.value).toMatchObject({
      partnerTokenHeld: true,
      configured: { events: true, franceconnect: true, 'api-particulier': true },
    });
  });

  it('keeps the partner token across a service-worker restart', async () => {
    const before = (await session.dumpStorage('session')).partnerToken as { accessToken: string };
    const issued = tokensIssued;
    await session.stopServiceWorker();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const cache = (await session.dumpStorage('local')).eventsCache as {
      events: { source: string; id: string }[];
    };
    const mee = cache.events.find((e) => e.source === 'mee');
    // The worker wakes for this message, reads the token back from storage.session, calls the API.
    const detail = await send<{ id: string }>(panel, 'getEventDetail', { source: 'mee', id: mee?.id });
    expect(detail).toMatchObject({ ok: true, value: { id: mee?.id } });
    expect(tokensIssued).toBe(issued);
    expect((await session.dumpStorage('session')).partnerToken).toMatchObject({
      accessToken: before.accessToken,
    });
  });

  it('checks a status through FranceConnect: login window, consent, status, session ended', async () => {
    const identity = FRANCECONNECT_IDENTITIES[0];
    const popupOpened = session.context.waitForEvent('page', { timeout: 20_000 });
    const pending = send<{ status: { source: string; identity: { birthName: string } | null } | null }>(
      panel,
      'verifyStatus',
      { mode: 'franceconnect', motif: 'Accompagnement vers l’emploi', caseReference: 'E2E-FC-1' },
    );
    const login = await popupOpened;
    await login.waitForLoadState('domcontentloaded');
    expect(login.url()).toContain(`${simulator.url}/franceconnect/`);
    await login.getByLabel(identity?.label ?? '', { exact: false }).check();
    await login.getByRole('button', { name: 'Autoriser' }).click();
    const reply = await pending;
    expect(reply).toMatchObject({
      ok: true,
      value: { status: { source: 'franceconnect', identity: { birthName: identity?.statut.etatCivil.nom } } },
    });
    // The person's tokens served once: nothing of their session is left.
    expect((await session.dumpStorage('session')).franceConnectSession).toBeUndefined();
  });

  it('reports the person refusing as access_denied and journals it as refused', async () => {
    const popupOpened = session.context.waitForEvent('page', { timeout: 20_000 });
    const pending = send(panel, 'verifyStatus', {
      mode: 'franceconnect',
      motif: 'Accompagnement vers l’emploi',
      caseReference: 'E2E-FC-2',
    });
    const login = await popupOpened;
    await login.getByRole('button', { name: 'Refuser' }).click();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'access_denied' } });
    const journal = (await session.dumpStorage('local')).journal as {
      caseReference: string;
      outcome: string;
    }[];
    expect(journal.find((e) => e.caseReference === 'E2E-FC-2')?.outcome).toBe('refused');
  });

  it('looks a person up by identifier through API Particulier', async () => {
    const person = API_PARTICULIER_PEOPLE.find((p) => p.identifiant === '123456A');
    const reply = await send<{ status: { source: string; registration: { registeredNow: boolean } } }>(
      panel,
      'verifyStatus',
      {
        mode: 'identifiant',
        identifiant: '123456A',
        motif: 'Ouverture ou révision de droits',
        caseReference: 'E2E-AP-1',
      },
    );
    expect(person).toBeDefined();
    expect(reply).toMatchObject({
      ok: true,
      value: { status: { source: 'api-particulier', registration: { registeredNow: true } } },
    });
    const notFound = await send<{ status: null }>(panel, 'verifyStatus', {
      mode: 'identifiant',
      identifiant: 'not_found',
      motif: 'Ouverture ou révision de droits',
      caseReference: 'E2E-AP-2',
    });
    expect(notFound).toMatchObject({ ok: true, value: { status: null } });
  });

  it('leaves no token and no personal data in storage.local or storage.sync', async () => {
    const local = JSON.stringify(await session.dumpStorage('local'));
    const sync = JSON.stringify(await session.dumpStorage('sync'));
    const partner = (await session.dumpStorage('session')).partnerToken as { accessToken: string };
    const identity = FRANCECONNECT_IDENTITIES[0]?.statut;
    const person = API_PARTICULIER_PEOPLE.find((p) => p.identifiant === '123456A')?.payload.data;
    const forbidden = [
      partner.accessToken,
      DEMO_CREDENTIALS.apiParticulier.token,
      DEMO_CREDENTIALS.partner.clientSecret,
      DEMO_CREDENTIALS.franceConnect.clientSecret,
      'access_token',
      'id_token',
      '123456A',
      identity?.etatCivil.nom,
      identity?.etatCivil.prenom,
      identity?.adresse.ligneVoie,
      identity?.modalitesContact?.email,
      person?.identite?.nom_naissance,
      person?.adresse?.ligne_voie,
      person?.contact?.email,
    ].filter((value): value is string => typeof value === 'string' && value.length > 0);
    for (const value of forbidden) {
      expect(local, `storage.local holds "${value}"`).not.toContain(value);
      expect(sync, `storage.sync holds "${value}"`).not.toContain(value);
    }
    expect(sync).toBe('{}');
  });

  it('signs out: every token forgotten', async () => {
    const reply = await send<{ cleared: number }>(panel, 'signOut');
    expect(reply).toMatchObject({ ok: true, value: { cleared: 1 } });
    expect(await session.dumpStorage('session')).toEqual({});
    const state = await send<{ partnerTokenHeld: boolean }>(panel, 'getConnectionState');
    expect(state.value?.partnerTokenHeld).toBe(false);
  });
});
