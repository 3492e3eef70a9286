// @vitest-environment node
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it } from 'vitest';
import { expectRedirect, TestBrowser } from '../../../gateway/test/browser';
import { EXTENSION_ORIGINS, EXTENSION_REDIRECT, pickAgent } from '../../../gateway/test/harness';
import { confirmLogout, personSignsIn, startCountedSimulator } from '../../../gateway/test/part2-support';
import { personalDataIn, testPeopleStrings } from '../../../gateway/test/people-strings';
import { CookieJar } from '../../../simulator/test-support';
import { signedInSession, useRealGateway } from '../../agent-session/real-gateway.test-support';
import { refreshEventsCache } from '../../events/refresh';
import type { IdentityAdapter } from '../../platform/auth/identity-adapter';
import { eventsCacheItem, gatewayEventsTagItem } from '../../platform/storage/items';
import { createGatewayBackend } from './backend';

/**
 * The gateway backend against the REAL gateway (PGlite) and the simulator: the organisation's
 * settings, events with their ETag, both kinds of check, and the browser's storage afterwards.
 */
const real = useRealGateway(startCountedSimulator);

/** The sign-in window (ProConnect), then FranceConnect's for a check, as launchWebAuthFlow opens them. */
function identity(agentKey: string, person: 'autoriser' | 'refuser' = 'autoriser'): IdentityAdapter {
  const browser = new TestBrowser(EXTENSION_ORIGINS);
  return {
    getRedirectURL: () => EXTENSION_REDIRECT,
    launchWebAuthFlow: async ({ url }) => {
      if (url.includes('/franceconnect/')) {
        // The gateway's start URL (what Firefox can open), which sends the browser on to
        // FranceConnect's authorization endpoint.
        expect(url).toMatch(/\/checks\/franceconnect\/[0-9a-f-]{36}\/start$/);
        const started = await fetch(url, { redirect: 'manual' });
        expect(started.status).toBe(303);
        const authorization = started.headers.get('location') ?? '';
        expect(authorization.startsWith(real.simulator.issuer)).toBe(true);
        const jar = new CookieJar();
        const callback = await personSignsIn(real.simulator, jar, authorization, person);
        const afterCallback = await fetch(callback.href, { redirect: 'manual' });
        // Once the gateway has had the callback, the start URL leads nowhere.
        const again = await fetch(url, { redirect: 'manual' });
        expect(again.status).toBe(400);
        await again.arrayBuffer();
        let next = afterCallback.headers.get('location') ?? '';
        if (next.includes('/franceconnect/session/end')) {
          const loggedOut = await confirmLogout(real.simulator, jar, next);
          next = (await fetch(loggedOut.href, { redirect: 'manual' })).headers.get('location') ?? '';
        }
        return next;
      }
      const first = await browser.visit(url);
      if (first.kind === 'redirected') return first.to.href;
      return expectRedirect(await pickAgent(browser, first, agentKey)).href;
    },
  };
}

async function backendFor(agentKey: string, person: 'autoriser' | 'refuser' = 'autoriser') {
  const id = identity(agentKey, person);
  const session = await signedInSession(real.gateway, id);
  return createGatewayBackend({ session, gatewayUrl: real.gateway.url, identity: id });
}

describe('the gateway backend', { timeout: 90_000 }, () => {
  it('takes the organisation’s rules from the gateway', async () => {
    const backend = await backendFor('ccas-agent');
    const settings = await backend.settings();
    expect(settings).toMatchObject({
      verificationModes: ['identifiant'],
      statusFields: ['identite', 'inscription'],
      departements: ['63'],
    });
    expect(settings.motifs).toContain('Domiciliation');
    expect(settings.agentName).toMatch(/\S+ \S+/);
  });

  it('gives the options page the organisation’s settings, read-only, for the signed-in agent', async () => {
    const backend = await backendFor('ccas-agent');
    const answer = await backend.organisation();
    expect(answer).toMatchObject({
      ok: true,
      value: {
        source: 'gateway',
        status: 'loaded',
        gatewayUrl: real.gateway.url,
        settings: {
          organisation: { id: 'ccas-clermont-ferrand', name: 'CCAS de Clermont-Ferrand' },
          role: 'agent',
          verificationModes: ['identifiant'],
          visibleResultFields: ['identite', 'inscription'],
          defaultTerritory: ['63'],
          agentMayChangeTerritory: true,
        },
      },
    });
  });

  it('says "signed out" once the agent signs out, without asking the gateway for settings', async () => {
    const id = identity('riom-agent');
    const session = await signedInSession(real.gateway, id);
    const backend = createGatewayBackend({ session, gatewayUrl: real.gateway.url, identity: id });
    await session.signOut();
    expect(await backend.organisation()).toEqual({
      ok: true,
      value: { source: 'gateway', status: 'signed_out', gatewayUrl: real.gateway.url },
    });
    const none = createGatewayBackend({ session, gatewayUrl: undefined, identity: id });
    expect(await none.organisation()).toEqual({
      ok: true,
      value: { source: 'gateway', status: 'not_configured' },
    });
  });

  it('fills the events cache from the shared copy, then gets a 304', async () => {
    const backend = await backendFor('riom-agent');
    const settings = await backend.settings();
    const source = backend.events(settings);
    const first = await refreshEventsCache(source, settings.departements, { force: true });
    expect(first.ok && first.value.count).toBeGreaterThan(0);
    expect((await eventsCacheItem.getValue())?.source).toBe(`${real.gateway.url}/api/v1/events`);
    expect((await gatewayEventsTagItem.getValue())?.etag).toMatch(/^W\//);
    const again = await source.territory(settings.departements, Date.now());
    expect(again.ok && again.value.requests).toBe(1);
    expect(again.ok && again.value.events.length).toBe(first.ok ? first.value.count : -1);
    const one = again.ok ? again.value.events[0]! : undefined;
    expect(await source.event(one!.source, one!.id)).toMatchObject({ ok: true, value: { key: one!.key } });
  });

  it('checks by identifier, minimised by the gateway, journaled centrally', async () => {
    const backend = await backendFor('ccas-agent');
    const settings = await backend.settings();
    const answer = await backend.status(settings).verify({
      mode: 'identifiant',
      identifiant: '1234567A',
      motif: 'Domiciliation',
      caseReference: 'DOM-2026-7',
    });
    expect(answer).toMatchObject({
      ok: true,
      value: { status: { source: 'api-particulier', contact: null } },
    });
    const mine = await backend.journal.list({}, 'mine');
    expect(mine.ok && mine.value.entries.map((entry) => entry.id)).toContain(
      answer.ok ? answer.value.journalEntryId : '',
    );
  });

  it('says which rule refused a check: a motif the organisation does not offer', async () => {
    const backend = await backendFor('ccas-agent');
    const answer = await backend.status(await backend.settings()).verify({
      mode: 'identifiant',
      identifiant: '1234567A',
      motif: 'Curiosité',
      caseReference: 'X-1',
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'motif_refused' } });
  });

  it('checks with the person present: FranceConnect at the gateway, the result sealed to a one-time key', async () => {
    const backend = await backendFor('riom-agent');
    const answer = await backend.status(await backend.settings()).verify({
      mode: 'franceconnect',
      motif: 'Accompagnement vers l’emploi',
      caseReference: 'AE-2026-9',
    });
    expect(answer).toMatchObject({ ok: true, value: { status: { source: 'franceconnect' } } });
    // Shown, never kept: nothing of the person in the browser's storage.
    const stored = JSON.stringify([
      await fakeBrowser.storage.local.get(null),
      await fakeBrowser.storage.session.get(null),
      await fakeBrowser.storage.sync.get(null),
    ]);
    expect(personalDataIn(stored, testPeopleStrings())).toEqual([]);
  });

  it('tells a refusal by the person apart', async () => {
    const backend = await backendFor('riom-agent', 'refuser');
    const answer = await backend.status(await backend.settings()).verify({
      mode: 'franceconnect',
      motif: 'Accompagnement vers l’emploi',
      caseReference: 'AE-2026-10',
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'access_denied' } });
  });
});
