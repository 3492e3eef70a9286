// @vitest-environment node
/**
 * Contract tests from real payloads (fixtures/real/, sources in SOURCES.md): the API
 * Particulier sandbox's own answers and its OpenAPI's examples, and the statut payloads of
 * France Travail's situation backend, through the wire schema, the normaliser and the client;
 * the whole domain result is asserted.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { listReal, readReal, readRealText } from '../../fixtures/real/read';
import { ok, type Result } from '../core/app-error';
import { messagesFor } from '../i18n/catalog';
import { recordCheck } from '../journal/record';
import type { ApiAccess, ApiCall } from '../platform/auth/api-access';
import type { HttpAnswer } from '../platform/http/http-client';
import { journalItem } from '../platform/storage/items';
import { DEFAULT_SETTINGS } from '../settings/core/settings';
import { lookupByIdentifiant, readWithFranceConnect } from './clients';
import { checkIdentifier } from './core/identifier';
import type { JobSeekerStatus } from './core/status';
import { apiParticulierErrorSchema, apiParticulierStatutSchema } from './core/wire/api-particulier';
import {
  API_PARTICULIER_NOT_FOUND_SAMPLE,
  API_PARTICULIER_STATUT_NO_LONGER_REGISTERED_SAMPLE,
} from './core/wire/fixtures';
import { statutAugmenteSchema } from './core/wire/statut-augmente';
import { verifyStatus } from './verify';
import { verdictOf } from './view/verdict';
import { verdictText } from './view/verdict-text';

const NOW = Date.parse('2026-01-15T10:00:00Z');
const RETRIEVED = new Date(NOW).toISOString();
const SIRET = '13002526500013';
const CAT1 = 'PERSONNE SANS EMPLOI DISPONIBLE DUREE INDETERMINEE PLEIN TPS';

/** A remote that answers every call with one body, and remembers the calls. */
function answering(text: string, status = 200): { access: ApiAccess; calls: ApiCall[] } {
  const calls: ApiCall[] = [];
  const answer: HttpAnswer = { status, headers: new Headers({ 'Content-Type': 'application/json' }), text };
  const access: ApiAccess = {
    events: async () => {
      throw new Error('not used');
    },
    apiParticulier: async (call) => {
      calls.push(call);
      return ok(answer) as Result<HttpAnswer>;
    },
    withPerson: async (use) => use(async () => ok(answer) as Result<HttpAnswer>),
    forgetTokens: async () => 0,
  };
  return { access, calls };
}

interface SandboxPerson {
  civility: string;
  birthName: string;
  firstName: string;
  sex: string;
  birthDate: string;
  email: string;
  phone: string;
  lines: string[];
  postalCode: string;
  locality: string;
  inseeCode: string;
  since: string;
  until: string | null;
}

/** What each sandbox person is, read off the files by hand (SOURCES.md lists them). */
const SANDBOX: Record<string, [file: string, person: SandboxPerson]> = {
  default: [
    'sandbox-200.json',
    {
      civility: 'M.',
      birthName: 'DUPONT',
      firstName: 'JEAN',
      sex: 'Masculin',
      birthDate: '1990-01-01',
      email: 'jean.dupont@france.fr',
      phone: '0636656565',
      lines: ['DUPONT', 'APPARTEMENT 42', '42 RUE DE LA PAIX'],
      postalCode: '75007',
      locality: '75001 PARIS',
      inseeCode: '75107',
      since: '2020-01-01',
      until: null,
    },
  ],
  '123456A': [
    'sandbox-id-123456A-inscrit-toulouse.json',
    toulouse(
      'MME',
      'Courtet',
      'Martine',
      'Féminin',
      '1990-01-06',
      'martine.courtet@fake.fr',
      'Courtet',
      '2024-01-01',
      null,
    ),
  ],
  '123457A': [
    'sandbox-id-123457A-inscrit-toulouse-2025.json',
    toulouse(
      'MME',
      'Desnoyer',
      'Daniel',
      'Masculin',
      '1989-01-18',
      'daniel.desnoyers@fake.fr',
      'Desnoyer',
      '2025-09-01',
      null,
    ),
  ],
  '123458A': [
    'sandbox-id-123458A-inscrit-toulouse-2025.json',
    toulouse(
      'MME',
      'Gallois',
      'Anais',
      'Féminin',
      '1989-01-18',
      'anais.gallois@fake.fr',
      'Gallois',
      '2025-09-01',
      null,
    ),
  ],
  '123459A': [
    'sandbox-id-123459A-inscrit-toulouse-2025.json',
    toulouse(
      'M.',
      'Genest',
      'Ludovic',
      'Masculin',
      '1992-08-15',
      'ludovic.genest@fake.fr',
      'Genest',
      '2025-09-01',
      null,
    ),
  ],
  '123460A': [
    'sandbox-id-123460A-inscrit-toulouse-2025.json',
    toulouse(
      'MME',
      'Vega',
      'Tiphaine',
      'Féminin',
      '1992-08-15',
      'tifaine.vega@fake.fr',
      'Vega',
      '2025-09-01',
      null,
    ),
  ],
  '123461A': [
    'sandbox-id-123461A-desinscrit-toulouse-2025.json',
    toulouse(
      'M.',
      'Mallette',
      'Alex',
      'Féminin',
      '1992-08-15',
      'alex.mallette@fake.fr',
      'Vega',
      '2024-09-01',
      '2025-09-01',
    ),
  ],
  '123462A': [
    'sandbox-id-123462A-desinscrit-toulouse-2025.json',
    toulouse(
      'M.',
      'Fornaro',
      'Yoann',
      'Masculin',
      '1992-08-15',
      'yoann.fornano@fake.fr',
      'Vega',
      '2024-09-01',
      '2025-09-01',
    ),
  ],
};

function toulouse(
  civility: string,
  birthName: string,
  firstName: string,
  sex: string,
  birthDate: string,
  email: string,
  ligneNom: string,
  since: string,
  until: string | null,
): SandboxPerson {
  return {
    civility,
    birthName,
    firstName,
    sex,
    birthDate,
    email,
    phone: '0601020304',
    lines: [ligneNom, 'APPARTEMENT 42', '11 Rue Capus'],
    postalCode: '31400',
    locality: '31400 TOULOUSE',
    inseeCode: '31555',
    since,
    until,
  };
}

function expectedStatus(p: SandboxPerson): JobSeekerStatus {
  return {
    source: 'api-particulier',
    retrievedAt: RETRIEVED,
    identity: {
      civility: p.civility,
      birthName: p.birthName,
      usageName: null,
      firstName: p.firstName,
      sex: p.sex,
      birthDate: p.birthDate,
      cnav: 'certified',
      cnavCode: 'VC',
    },
    contact: { email: p.email, phone: p.phone, phone2: null },
    address: { lines: p.lines, postalCode: p.postalCode, locality: p.locality, inseeCode: p.inseeCode },
    registration: {
      registeredNow: p.until === null,
      since: p.since,
      until: p.until,
      categoryCode: '1',
      categoryLabel: CAT1,
    },
    notCovered: [],
  };
}

describe('API Particulier sandbox, every person', () => {
  it('lists every sandbox file of the folder', () => {
    expect(listReal('api-particulier', /^sandbox-(200|id-.*)\.json$/)).toEqual(
      Object.values(SANDBOX)
        .map(([file]) => file)
        .sort(),
    );
  });

  it.each(Object.entries(SANDBOX))(
    '%s: the whole status, through the client',
    async (identifiant, [file, person]) => {
      const text = readRealText(`api-particulier/${file}`);
      expect(apiParticulierStatutSchema.safeParse(JSON.parse(text)).success).toBe(true);
      const { access, calls } = answering(text);
      expect(await lookupByIdentifiant(access, identifiant, SIRET, NOW)).toEqual({
        ok: true,
        value: { kind: 'found', status: expectedStatus(person) },
      });
      expect(calls).toEqual([
        { path: '/v3/france_travail/statut/identifiant', query: { identifiant, recipient: SIRET } },
      ]);
    },
  );

  it('someone no longer registered still comes with identity, contact and address (the extension’s sample is the sandbox’s)', () => {
    expect(API_PARTICULIER_STATUT_NO_LONGER_REGISTERED_SAMPLE).toEqual(
      readReal('api-particulier/sandbox-id-123461A-desinscrit-toulouse-2025.json'),
    );
    const status = expectedStatus(SANDBOX['123461A']![1]);
    expect(verdictOf(status)).toEqual({ kind: 'no_longer_registered', until: '2025-09-01' });
  });

  it('not_found: the sandbox’s 404 (title “Entité non trouvée”) is a "not found" answer, not an error', async () => {
    expect(API_PARTICULIER_NOT_FOUND_SAMPLE).toEqual(readReal('api-particulier/sandbox-404.json'));
    const { access } = answering(readRealText('api-particulier/sandbox-404.json'), 404);
    expect(await lookupByIdentifiant(access, 'not_found', SIRET, NOW)).toEqual({
      ok: true,
      value: { kind: 'not_found' },
    });
  });
});

describe('API Particulier OpenAPI error examples', () => {
  it.each([
    ['openapi-401-00101.json', 401, 'token_invalid'],
    ['openapi-401-00103.json', 401, 'token_invalid'],
    ['openapi-401-00105.json', 401, 'token_invalid'],
    ['openapi-403-00100.json', 403, 'forbidden'],
    ['openapi-409-00015.json', 409, 'conflict'],
    ['openapi-422-00203.json', 422, 'invalid_request'],
    ['openapi-429-00429.json', 429, 'rate_limited'],
    ['openapi-502-24999.json', 502, 'server'],
    ['openapi-504-24001.json', 504, 'server'],
    ['openapi-504-24002.json', 504, 'server'],
    ['openapi-504-24004.json', 504, 'server'],
    ['openapi-504-00501.json', 504, 'server'],
  ] as const)('%s → %i, error code %s with the provider code', async (file, status, code) => {
    const body = apiParticulierErrorSchema.parse(readReal(`api-particulier/${file}`));
    const { access } = answering(readRealText(`api-particulier/${file}`), status);
    expect(await lookupByIdentifiant(access, 'jean.dupont33', SIRET, NOW)).toEqual({
      ok: false,
      error: expect.objectContaining({
        code,
        status,
        providerCode: body.errors[0]?.code,
        service: 'api-particulier',
      }),
    });
  });

  it('the 404 example is "not found"', async () => {
    const { access } = answering(readRealText('api-particulier/openapi-404-24003.json'), 404);
    expect(await lookupByIdentifiant(access, 'jean.dupont33', SIRET, NOW)).toEqual({
      ok: true,
      value: { kind: 'not_found' },
    });
  });
});

describe('identifiers: the OpenAPI’s own examples are usernames with a dot', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each(['jean.dupont33', 'martin.jacques'])(
    '%s is sent as typed, and the answer read',
    async (identifiant) => {
      expect(checkIdentifier(` ${identifiant} `)).toEqual({ ok: true, value: identifiant });
      const payload = structuredClone(readReal('api-particulier/sandbox-200.json')) as {
        data: { identifiant: string };
      };
      payload.data.identifiant = identifiant;
      const { access, calls } = answering(JSON.stringify(payload));
      const result = await verifyStatus(
        {
          mode: 'identifiant',
          identifiant,
          motif: 'Accompagnement vers l’emploi',
          caseReference: 'DOSSIER-42',
        },
        {
          access,
          settings: async () => DEFAULT_SETTINGS,
          endpoints: async () => ({
            environment: 'simulator',
            eventsApiUrl: 'http://127.0.0.1:1/evenements/v1',
            partnerTokenUrl: 'http://127.0.0.1:1/token',
            franceConnectIssuer: 'http://127.0.0.1:1/fc',
            statusApiUrl: 'http://127.0.0.1:1/statut',
            apiParticulierUrl: 'http://127.0.0.1:1',
            recipientSiret: SIRET,
          }),
          record: recordCheck,
        },
      );
      expect(calls.map((call) => call.query?.identifiant)).toEqual([identifiant]);
      expect(result).toMatchObject({
        ok: true,
        value: { status: { registration: { registeredNow: true } } },
      });
      expect((await journalItem.getValue())[0]?.outcome).toBe('registered');
    },
  );
});

describe('API Particulier blocks by scope (the sandbox’s own answer, masked as a token without the scope sees it)', () => {
  const full = readReal('api-particulier/sandbox-200.json') as { data: Record<string, unknown> };
  const masked = (...blocks: string[]) => {
    const data = Object.fromEntries(Object.entries(full.data).filter(([block]) => !blocks.includes(block)));
    return JSON.stringify({ ...full, data });
  };
  const t = messagesFor('fr').status;

  it('without identifiant: fine, nothing is missing for the agent', async () => {
    const { access } = answering(masked('identifiant'));
    expect(await lookupByIdentifiant(access, 'default', SIRET, NOW)).toEqual({
      ok: true,
      value: { kind: 'found', status: expectedStatus(SANDBOX.default![1]) },
    });
  });

  it('without inscription: not an invalid answer, but "not covered by your habilitation", in words', async () => {
    const { access } = answering(masked('inscription'));
    const person = SANDBOX.default![1];
    const expected: JobSeekerStatus = {
      ...expectedStatus(person),
      // The CNAV code travels in the registration block.
      identity: { ...expectedStatus(person).identity!, cnav: 'unknown', cnavCode: null },
      registration: null,
      notCovered: ['inscription'],
    };
    const result = await lookupByIdentifiant(access, 'default', SIRET, NOW);
    expect(result).toEqual({ ok: true, value: { kind: 'found', status: expected } });
    expect(verdictOf(expected)).toEqual({ kind: 'not_covered' });
    expect(verdictText(verdictOf(expected), 'identifiant', t, 'fr')).toBe(
      'Inscription non communiquée : l’habilitation de votre organisation ne la couvre pas',
    );
  });

  it('without identite, contact and adresse: each said not covered, the registration still read', async () => {
    const { access } = answering(masked('identite', 'contact', 'adresse'));
    const result = await lookupByIdentifiant(access, 'default', SIRET, NOW);
    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'found',
        status: {
          ...expectedStatus(SANDBOX.default![1]),
          identity: null,
          contact: null,
          address: null,
          notCovered: ['identite', 'contact', 'adresse'],
        },
      },
    });
    expect(t.result.notCovered('identité, coordonnées, adresse')).toContain('ce n’est pas une erreur');
  });
});

describe('statut augmenté, France Travail situation backend (flat, INSEECommune)', () => {
  const base = {
    source: 'franceconnect' as const,
    retrievedAt: RETRIEVED,
    identity: {
      civility: 'MME',
      birthName: 'EXEMPLE',
      usageName: null,
      firstName: 'CAMILLE',
      sex: null,
      birthDate: '1980-01-01',
      cnav: 'certified' as const,
      cnavCode: 'VC',
    },
    contact: { email: 'CAMILLE.EXEMPLE@EXAMPLE.FR', phone: '0600000000', phone2: null },
    address: {
      lines: ['EXEMPLE', '1 RUE DE L EXEMPLE'],
      postalCode: '54380',
      locality: '54380 GEZONCOURT',
      inseeCode: '54225',
    },
    notCovered: [],
  };

  it('a category label where the code should be: the label kept, the category unknown', async () => {
    const text = readRealText('statut-augmente/connector-2021-05-26-category-label.json');
    expect(statutAugmenteSchema.safeParse(JSON.parse(text)).success).toBe(true);
    const { access } = answering(text);
    expect(await readWithFranceConnect(access, () => NOW)).toEqual({
      ok: true,
      value: {
        kind: 'found',
        status: {
          ...base,
          registration: {
            registeredNow: false,
            since: '2021-03-15',
            until: '2021-08-21',
            categoryCode: null,
            categoryLabel: 'PERSONNE SANS EMPLOI NON DISPONIBLE IMMEDIATEMENT',
          },
        },
      },
    });
  });

  it('a numeric code with its label', async () => {
    const { access } = answering(readRealText('statut-augmente/connector-2021-06-14-category-code.json'));
    expect(await readWithFranceConnect(access, () => NOW)).toEqual({
      ok: true,
      value: {
        kind: 'found',
        status: {
          ...base,
          registration: {
            registeredNow: false,
            since: '2021-03-15',
            until: '2021-08-21',
            categoryCode: '1',
            categoryLabel: 'PERSONNE SANS EMPLOI NON DISPONIBLE IMMEDIATEMENT',
          },
        },
      },
    });
  });
});
