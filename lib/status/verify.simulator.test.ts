// @vitest-environment node
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_PARTICULIER_TEST_TOKENS } from '../settings/core/demo-credentials';
import { startSimulator, type RunningSimulator } from '../../simulator/server';
import { createDirectApiAccess, type ApiAccess } from '../platform/auth/api-access';
import { testConnection } from '../background/direct/connection-test';
import { simulatorPreset, type Endpoints } from '../settings/core/endpoints';
import { DEFAULT_SETTINGS, type ResolvedSettings } from '../settings/core/settings';
import { ok, type Result } from '../core/app-error';
import type { HttpAnswer } from '../platform/http/http-client';
import { recordCheck } from '../journal/record';
import { journalItem } from '../platform/storage/items';
import { STATUT_AUGMENTE_SAMPLE } from './core/wire/fixtures';
import { verifyStatus, type VerifyDeps } from './verify';

// API Particulier and the connection tests run against the real simulator.
let simulator: RunningSimulator;
let endpoints: Endpoints;

const accessFor = (target: Endpoints): ApiAccess =>
  createDirectApiAccess({
    loadEndpoints: async () => target,
    identity: { getRedirectURL: () => '', launchWebAuthFlow: () => Promise.reject(new Error('unused')) },
  });

function deps(overrides: Partial<VerifyDeps> = {}, settings: Partial<ResolvedSettings> = {}): VerifyDeps {
  return {
    access: accessFor(endpoints),
    settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    endpoints: async () => endpoints,
    record: recordCheck,
    ...overrides,
  };
}

const CHECK = { motif: 'Accompagnement vers l’emploi', caseReference: 'DOSSIER-42' };

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, quiet: true, eventCount: 20 });
  endpoints = { environment: 'simulator', ...simulatorPreset(simulator.url) };
});
afterAll(() => simulator.close());
beforeEach(() => fakeBrowser.reset());

describe('verifyStatus by identifier (API Particulier, simulator)', () => {
  it('finds a registered person, journals the check without the identifier, stores nothing personal', async () => {
    const result = await verifyStatus({ mode: 'identifiant', identifiant: '123456A', ...CHECK }, deps());
    expect(result).toMatchObject({
      ok: true,
      value: { status: { source: 'api-particulier', registration: { registeredNow: true } } },
    });
    const journal = await journalItem.getValue();
    expect(journal).toHaveLength(1);
    expect(journal[0]).toMatchObject({
      mode: 'identifiant',
      outcome: 'registered',
      caseReference: 'DOSSIER-42',
    });
    expect(journal[0]?.id).toBe(result.ok ? result.value.journalEntryId : '');
    const stored = JSON.stringify([
      await fakeBrowser.storage.local.get(),
      await fakeBrowser.storage.sync.get(),
      await fakeBrowser.storage.session.get(),
    ]);
    expect(stored).not.toContain('123456A');
    expect(stored).not.toContain('Courtet');
  });

  it('answers "not found" as an outcome, not an error', async () => {
    const result = await verifyStatus({ mode: 'identifiant', identifiant: 'not_found', ...CHECK }, deps());
    expect(result).toMatchObject({ ok: true, value: { status: null } });
    expect((await journalItem.getValue())[0]).toMatchObject({ outcome: 'not_found', errorCode: null });
  });

  it.each([
    ['9000409A', 'conflict'],
    ['9000429A', 'rate_limited'],
  ])('maps the documented error of %s to %s and journals it', async (identifiant, code) => {
    const result = await verifyStatus({ mode: 'identifiant', identifiant, ...CHECK }, deps());
    expect(result).toMatchObject({ ok: false, error: { code, service: 'api-particulier' } });
    expect((await journalItem.getValue())[0]).toMatchObject({ outcome: 'error', errorCode: code });
  });

  it('says "not covered by your habilitation" for a token without the registration scope, and journals it so', async () => {
    const partial = { ...endpoints, apiParticulierToken: API_PARTICULIER_TEST_TOKENS.partialScopes };
    const result = await verifyStatus(
      { mode: 'identifiant', identifiant: '1234567A', ...CHECK },
      deps({ access: accessFor(partial) }),
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        status: {
          registration: null,
          contact: null,
          identity: { birthName: 'Lefèvre-Nguyễn', cnav: 'unknown' },
          notCovered: ['contact', 'inscription'],
        },
      },
    });
    expect((await journalItem.getValue())[0]).toMatchObject({ outcome: 'not_covered', errorCode: null });
  });

  it('maps a blacklisted organisation token to token_invalid', async () => {
    const blacklisted = { ...endpoints, apiParticulierToken: API_PARTICULIER_TEST_TOKENS.blacklisted };
    const result = await verifyStatus(
      { mode: 'identifiant', identifiant: '123456A', ...CHECK },
      deps({ access: accessFor(blacklisted) }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'token_invalid', providerCode: '00105', status: 401 },
    });
  });

  it('refuses a mode the organisation does not allow, a malformed identifier, a missing SIRET — and journals them', async () => {
    expect(
      await verifyStatus(
        { mode: 'identifiant', identifiant: '123456A', ...CHECK },
        deps({}, { verificationModes: ['franceconnect'] }),
      ),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await verifyStatus({ mode: 'identifiant', identifiant: '12 34', ...CHECK }, deps())).toMatchObject(
      {
        ok: false,
        error: { code: 'invalid_request' },
      },
    );
    const noSiret = deps({ endpoints: async () => ({ ...endpoints, recipientSiret: undefined }) });
    expect(
      await verifyStatus({ mode: 'identifiant', identifiant: '123456A', ...CHECK }, noSiret),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_configured' },
    });
    expect((await journalItem.getValue()).map((e) => e.errorCode)).toEqual([
      'forbidden',
      'invalid_request',
      'not_configured',
    ]);
  });
});

describe('verifyStatus with FranceConnect', () => {
  /** The FranceConnect flow itself is tested in lib/platform/auth and end to end; here, what follows it. */
  function personAccess(outcome: Result<HttpAnswer> | 'refused'): ApiAccess {
    return {
      ...accessFor(endpoints),
      withPerson: async (use) =>
        outcome === 'refused'
          ? { ok: false, error: { code: 'access_denied', service: 'franceconnect' } }
          : use(async () => outcome),
    };
  }
  const answer = (status: number, body: unknown): Result<HttpAnswer> =>
    ok({ status, headers: new Headers(), text: JSON.stringify(body) });

  it('returns the status minimised to the organisation’s fields', async () => {
    const result = await verifyStatus(
      { mode: 'franceconnect', ...CHECK },
      deps({ access: personAccess(answer(200, STATUT_AUGMENTE_SAMPLE)) }, { statusFields: ['inscription'] }),
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        status: { identity: null, contact: null, address: null, registration: { categoryCode: '1' } },
      },
    });
    expect((await journalItem.getValue())[0]).toMatchObject({
      mode: 'franceconnect',
      outcome: 'registered',
      categoryCode: '1',
      fingerprint: null,
    });
  });

  it('journals a refusal as refused', async () => {
    const result = await verifyStatus(
      { mode: 'franceconnect', ...CHECK },
      deps({ access: personAccess('refused') }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'access_denied' } });
    expect((await journalItem.getValue())[0]).toMatchObject({ outcome: 'refused', errorCode: null });
  });

  it('reports a malformed status answer as invalid_answer', async () => {
    const result = await verifyStatus(
      { mode: 'franceconnect', ...CHECK },
      deps({ access: personAccess(answer(200, { etatCivil: {} })) }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_answer', service: 'status' } });
  });

  it('shows no result when the check cannot be journaled', async () => {
    const result = await verifyStatus(
      { mode: 'franceconnect', ...CHECK },
      deps({
        access: personAccess(answer(200, STATUT_AUGMENTE_SAMPLE)),
        record: () => Promise.reject(new Error('disk full')),
      }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('testConnection (simulator)', () => {
  it('events: a token, then one search', async () => {
    const report = await testConnection('events', accessFor(endpoints), endpoints);
    expect(report.steps).toEqual([
      { step: 'token', ok: true },
      { step: 'search', ok: true },
    ]);
  });

  it('events: wrong client secret fails at the token step', async () => {
    const wrong = { ...endpoints, partnerClientSecret: 'nope' };
    const report = await testConnection('events', accessFor(wrong), wrong);
    expect(report.steps).toMatchObject([{ step: 'token', ok: false, error: { code: 'unauthorised' } }]);
  });

  it('franceconnect: discovery document, signing keys, client configured', async () => {
    const report = await testConnection('franceconnect', accessFor(endpoints), endpoints);
    expect(report.steps).toEqual([
      { step: 'discovery', ok: true },
      { step: 'jwks', ok: true },
      { step: 'client', ok: true },
    ]);
  });

  it('api-particulier: the token and the recipient are valid without looking anyone up', async () => {
    const report = await testConnection('api-particulier', accessFor(endpoints), endpoints);
    expect(report.steps).toEqual([
      { step: 'token', ok: true },
      { step: 'recipient', ok: true },
    ]);
    const expired = { ...endpoints, apiParticulierToken: API_PARTICULIER_TEST_TOKENS.expired };
    const failed = await testConnection('api-particulier', accessFor(expired), expired);
    expect(failed.steps).toMatchObject([{ step: 'token', ok: false, error: { code: 'token_invalid' } }]);
  });
});
