import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AgentSessionState } from '../../lib/agent-session/core/agent';
import { createSettingsHandlers } from '../../lib/background/handlers/settings';
import { fail, ok, type Result } from '../../lib/core/app-error';
import type {
  ConnectionTestReport,
  OrganisationView,
  ServiceName,
} from '../../lib/platform/messaging/protocol';
import { messenger } from '../../lib/platform/messaging/messenger';
import { handleRequest, type ProtocolHandlers } from '../../lib/platform/messaging/serve';
import { userSettingsItem } from '../../lib/platform/storage/items';
import { I18nProvider } from '../shared/i18n';
import { OptionsApp } from './OptionsApp';
import type { SettingsClient } from './settings-client';

/**
 * The page talks to the real settings handlers (request schemas included) over fakeBrowser
 * storage; the organisation's settings are what a backend answers (the gateway backend is
 * tested against a real gateway in lib/background/gateway); only the browser's permission
 * prompt and the network test are stand-ins.
 */
const GATEWAY = 'https://passerelle.ville-riom.fr';
const loaded = (agentMayChangeTerritory = true): OrganisationView => ({
  source: 'gateway',
  status: 'loaded',
  gatewayUrl: GATEWAY,
  settings: {
    organisation: { id: 'ccas-clermont-ferrand', name: 'CCAS de Clermont-Ferrand' },
    role: 'referent',
    verificationModes: ['identifiant'],
    motifs: ['Domiciliation', 'Aide facultative'],
    visibleResultFields: ['identite', 'inscription'],
    defaultTerritory: ['63', '03'],
    agentMayChangeTerritory,
    retention: { journalDays: 1096 },
  },
});
const SIGNED_OUT: OrganisationView = { source: 'gateway', status: 'signed_out', gatewayUrl: GATEWAY };

type OrganisationAnswer = () => Promise<Result<OrganisationView>>;

function makeClient(
  options: {
    grant?: boolean;
    report?: ConnectionTestReport;
    organisation?: OrganisationAnswer;
    /** The background does not answer at all (the message itself fails). */
    unreachable?: boolean;
  } = {},
) {
  const handlers = createSettingsHandlers(
    options.organisation ??
      (async () =>
        ok({
          source: 'direct',
          settings: {
            simulatorUrl: 'http://127.0.0.1:8787',
            verificationModes: ['franceconnect', 'identifiant'],
            motifs: ['RSA'],
            statusFields: ['identite'],
            departements: [],
            journalRetentionDays: 180,
            fromPolicy: false,
          },
        })),
  ) as ProtocolHandlers;
  const organisation = vi.fn(() =>
    options.unreachable
      ? Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))
      : handleRequest('getOrganisationSettings', undefined, handlers),
  );
  const granted = new Set<string>();
  const client = {
    getSettingsView: () => handleRequest('getSettingsView', undefined, handlers),
    getOrganisationSettings: organisation,
    saveUserSettings: (change) => handleRequest('saveUserSettings', change, handlers),
    testConnection: vi.fn(async (service: ServiceName) =>
      ok(options.report ?? { service, steps: [{ step: 'token', ok: true }] }),
    ),
    contains: async (pattern) => granted.has(pattern),
    request: vi.fn(async (patterns: string[]) => {
      if (options.grant === false) return false;
      patterns.forEach((pattern) => granted.add(pattern));
      return true;
    }),
  } satisfies SettingsClient;
  return client;
}

async function renderPage(client = makeClient(), language: 'fr' | 'en' = 'fr') {
  render(
    <I18nProvider language={language}>
      <OptionsApp client={client} />
    </I18nProvider>,
  );
  await screen.findByRole('button', { name: language === 'fr' ? 'Enregistrer' : 'Save' });
  return client;
}

const organisationSection = () => screen.getByRole('region', { name: 'Réglages de votre organisation' });
/** The description list's value for a term. */
function definition(container: HTMLElement, term: string): HTMLElement {
  const item = within(container)
    .getAllByRole('term')
    .find((element) => element.textContent === term);
  if (!item) throw new Error(`No term "${term}"`);
  return item.nextElementSibling as HTMLElement;
}

let stops: Array<() => void> = [];
function agentSession(state: () => Result<AgentSessionState>, signIn?: () => Result<AgentSessionState>) {
  stops.push(messenger.onMessage('getAgentSession', () => state()));
  if (signIn) stops.push(messenger.onMessage('agentSignIn', () => signIn()));
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

describe('OptionsApp in the simulator’s direct mode (no policy)', () => {
  beforeEach(() => agentSession(() => ok({ status: 'not_configured' })));

  it('shows honestly what applies there, read-only, and no sign-in', async () => {
    await renderPage();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Paramètres de Guichet Emploi' }),
    ).toBeInTheDocument();
    const section = organisationSection();
    expect(await within(section).findByText(/Mode simulateur local/)).toBeInTheDocument();
    expect(within(section).getByText('Ces valeurs sont celles prévues par défaut.')).toBeInTheDocument();
    expect(definition(section, 'Organisation')).toHaveTextContent('Aucune (simulateur local)');
    expect(within(definition(section, 'Motifs proposés')).getByRole('listitem')).toHaveTextContent('RSA');
    expect(definition(section, 'Conservation du journal')).toHaveTextContent('180 jours');
    // Nothing of the organisation's is a field.
    expect(within(section).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(section).queryByRole('checkbox')).not.toBeInTheDocument();

    const connection = screen.getByRole('region', { name: 'Connexion de l’extension' });
    expect(definition(connection, 'Environnement')).toHaveTextContent('Simulateur local');
    expect(definition(connection, 'Adresse du simulateur local')).toHaveTextContent('http://127.0.0.1:8787');
    expect(within(connection).queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Se connecter avec ProConnect' })).not.toBeInTheDocument();
  });

  it('has no field for an upstream address, client id or secret any more', async () => {
    await renderPage();
    for (const label of [
      /API Évènements/,
      /Identifiant client/,
      /SIRET/,
      /Jeton API Particulier/,
      /Secret client/,
    ]) {
      expect(screen.queryByLabelText(label)).not.toBeInTheDocument();
    }
    // Only what is the agent's own is editable: the territory and the language.
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(
      screen.getByRole('searchbox', { name: 'Ajouter un département (nom ou code)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'English' })).toBeEnabled();
  });

  it('saves the territory picked by name or code, and announces it', async () => {
    const user = userEvent.setup();
    await renderPage();
    const search = screen.getByRole('searchbox', { name: 'Ajouter un département (nom ou code)' });
    await user.type(search, 'puy de');
    expect(screen.getByText('1 département correspond.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ajouter 63 – Puy-de-Dôme' }));
    await user.type(search, '2a{Enter}');
    expect(screen.getByText('2A – Corse-du-Sud')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retirer Corse-du-Sud' }));
    expect(search).toHaveFocus();
    expect(screen.getByText('2A – Corse-du-Sud retiré.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Paramètres enregistrés.')).toBeInTheDocument();
    expect(await userSettingsItem.getValue()).toEqual({ departements: ['63'] });
  });

  it('saves the language, and says when there is nothing to save', async () => {
    const user = userEvent.setup();
    await renderPage();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Aucune modification à enregistrer.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Paramètres enregistrés.')).toBeInTheDocument();
    expect(await userSettingsItem.getValue()).toEqual({ language: 'en' });
  });

  it('reports each simulator service’s connection test in plain French', async () => {
    const user = userEvent.setup();
    const client = await renderPage(
      makeClient({
        report: {
          service: 'events',
          steps: [
            { step: 'token', ok: true },
            { step: 'search', ok: false, error: { code: 'forbidden', status: 403 } },
          ],
        },
      }),
    );
    const events = screen.getByRole('region', { name: 'Salons et évènements (France Travail)' });
    await user.click(within(events).getByRole('button', { name: 'Tester la connexion' }));
    const status = within(events).getByRole('status');
    expect(
      await within(status).findByText('La connexion ne fonctionne pas entièrement :'),
    ).toBeInTheDocument();
    expect(within(status).getByText('Obtention d’un jeton d’accès : réussi')).toBeInTheDocument();
    expect(client.testConnection).toHaveBeenCalledWith('events');
  });
});

describe('OptionsApp through the gateway', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.managed.set({ environment: 'production', gatewayUrl: GATEWAY });
  });

  it('while loading: says so in a busy live region', async () => {
    agentSession(() => ok({ status: 'signed_out' }));
    let answer: (value: Result<OrganisationView>) => void = () => undefined;
    const pending = new Promise<Result<OrganisationView>>((resolve) => {
      answer = resolve;
    });
    await renderPage(makeClient({ organisation: () => pending }));
    const live = within(organisationSection()).getByText(
      'Chargement des réglages de votre organisation…',
    ).parentElement!;
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveAttribute('aria-busy', 'true');
    answer(ok(loaded()));
    expect(await within(organisationSection()).findByText('CCAS de Clermont-Ferrand')).toBeInTheDocument();
    expect(live).toHaveAttribute('aria-busy', 'false');
  });

  it('signed out: says so, points to the sign-in button, and reloads once signed in', async () => {
    const user = userEvent.setup();
    let signedIn = false;
    const profile: AgentSessionState = {
      status: 'signed_in',
      profile: {
        agent: { givenName: 'Alix', usualName: 'Robert', email: 'alix.robert@ccas-clermont.fr' },
        organisation: {
          id: 'ccas-clermont-ferrand',
          name: 'CCAS de Clermont-Ferrand',
          siret: '26630113000016',
        },
        role: 'referent',
      },
      accessTokenExpiresAt: '2026-12-01T10:00:00Z',
    };
    agentSession(
      () => ok(signedIn ? profile : { status: 'signed_out' }),
      () => {
        signedIn = true;
        return ok(profile);
      },
    );
    const client = await renderPage(
      makeClient({ organisation: async () => ok(signedIn ? loaded() : SIGNED_OUT) }),
    );
    const section = organisationSection();
    expect(
      await within(section).findByText(
        /Vous n’êtes pas connecté .* « Se connecter avec ProConnect » en haut/,
      ),
    ).toBeInTheDocument();
    const button = await screen.findByRole('button', { name: 'Se connecter avec ProConnect' });
    await user.click(button);
    expect(await within(section).findByText('CCAS de Clermont-Ferrand')).toBeInTheDocument();
    expect(client.getOrganisationSettings).toHaveBeenCalledTimes(2);
  });

  it('loaded: the organisation’s settings as a description list, with whom to ask', async () => {
    agentSession(() => ok({ status: 'signed_out' }));
    await renderPage(makeClient({ organisation: async () => ok(loaded()) }));
    const section = organisationSection();
    expect(
      await within(section).findByText(/fixés par la passerelle de votre organisation/),
    ).toBeInTheDocument();
    expect(within(section).getByText(/adressez-vous à votre référent/)).toBeInTheDocument();
    expect(definition(section, 'Organisation')).toHaveTextContent('CCAS de Clermont-Ferrand');
    expect(definition(section, 'Votre rôle')).toHaveTextContent('Référent');
    expect(
      within(definition(section, 'Modes de vérification proposés'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Par identifiant France Travail']);
    expect(
      within(definition(section, 'Motifs proposés'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Domiciliation', 'Aide facultative']);
    expect(
      within(definition(section, 'Rubriques visibles du résultat'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Identité', 'Inscription (catégorie et dates)']);
    expect(
      within(definition(section, 'Territoire par défaut'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['63 – Puy-de-Dôme', '03 – Allier']);
    expect(definition(section, 'Choix du territoire par l’agent')).toHaveTextContent(/^Permis/);
    expect(definition(section, 'Conservation du journal')).toHaveTextContent('1 096 jours');
    // The territory stays the agent's.
    expect(
      screen.getByRole('searchbox', { name: 'Ajouter un département (nom ou code)' }),
    ).toBeInTheDocument();
    const connection = screen.getByRole('region', { name: 'Connexion de l’extension' });
    expect(definition(connection, 'Adresse de la passerelle de votre organisation')).toHaveTextContent(
      GATEWAY,
    );
    expect(within(connection).getAllByText('Défini par votre organisation').length).toBeGreaterThan(0);
  });

  it('loaded, territory fixed by the organisation: shown read-only with its default; the language stays editable', async () => {
    const user = userEvent.setup();
    agentSession(() => ok({ status: 'signed_out' }));
    await userSettingsItem.setValue({ departements: ['15'] });
    await renderPage(makeClient({ organisation: async () => ok(loaded(false)) }));
    const section = organisationSection();
    expect(
      await within(section).findByText(/^Non : le territoire est celui de votre organisation/),
    ).toBeInTheDocument();
    const territory = screen.getByRole('region', { name: 'Votre territoire' });
    expect(within(territory).getByText(/Votre organisation fixe le territoire/)).toBeInTheDocument();
    expect(within(territory).queryByRole('searchbox')).not.toBeInTheDocument();
    expect(within(territory).queryByRole('button')).not.toBeInTheDocument();
    expect(within(territory).getByText('63 – Puy-de-Dôme')).toBeInTheDocument();
    expect(within(territory).queryByText('15 – Cantal')).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Paramètres enregistrés.')).toBeInTheDocument();
    expect(await userSettingsItem.getValue()).toEqual({ departements: ['15'], language: 'en' });
  });

  it('a gateway problem: its own words, and a retry that moves focus to the section', async () => {
    const user = userEvent.setup();
    agentSession(() => ok({ status: 'signed_out' }));
    let attempt = 0;
    await renderPage(
      makeClient({
        organisation: async () => {
          attempt += 1;
          return attempt === 1 ? fail({ code: 'network', service: 'gateway' }) : ok(loaded());
        },
      }),
    );
    const section = organisationSection();
    expect(
      await within(section).findByText('Les réglages de votre organisation n’ont pas pu être lus.'),
    ).toBeInTheDocument();
    expect(within(section).getByText(/Le service ne répond pas/)).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Réessayer' }));
    expect(within(section).getByRole('heading', { name: 'Réglages de votre organisation' })).toHaveFocus();
    expect(await within(section).findByText('CCAS de Clermont-Ferrand')).toBeInTheDocument();
  });

  it('the organisation not served by this gateway: the gateway problem’s words', async () => {
    agentSession(() => ok({ status: 'signed_out' }));
    await renderPage(makeClient({ organisation: async () => fail({ code: 'organisation_not_served' }) }));
    expect(
      await within(organisationSection()).findByText(
        'Les réglages de votre organisation n’ont pas pu être lus.',
      ),
    ).toBeInTheDocument();
  });

  it('the background not answering: says so', async () => {
    agentSession(() => ok({ status: 'signed_out' }));
    await renderPage(makeClient({ unreachable: true }));
    expect(
      await within(organisationSection()).findByText(/Le service de l’extension ne répond pas/),
    ).toBeInTheDocument();
  });

  it('no gateway configured: says whom to ask', async () => {
    agentSession(() => ok({ status: 'not_configured' }));
    await renderPage(
      makeClient({ organisation: async () => ok({ source: 'gateway', status: 'not_configured' }) }),
    );
    expect(
      await within(organisationSection()).findByText(/Aucune passerelle n’est configurée/),
    ).toBeInTheDocument();
  });

  it('in English, with the English catalogue', async () => {
    agentSession(() => ok({ status: 'signed_out' }));
    await renderPage(makeClient({ organisation: async () => ok(loaded()) }), 'en');
    const section = screen.getByRole('region', { name: 'Your organisation’s settings' });
    expect(await within(section).findByText('Your role')).toBeInTheDocument();
    expect(definition(section, 'Log retention')).toHaveTextContent('1,096 days');
  });
});

describe('OptionsApp with retired policy keys', () => {
  beforeEach(() => agentSession(() => ok({ status: 'signed_out' })));

  it('names each one in a warning, saying why, and shows none of their values', async () => {
    await fakeBrowser.storage.managed.set({
      environment: 'production',
      gatewayUrl: GATEWAY,
      apiParticulierToken: 'org-token-456',
      partnerClientId: 'org-client-789',
      eventsApiUrl: 'https://api.francetravail.io/partenaire/evenements/v1',
      journalRetentionDays: 'toujours',
      enviroment: 'sandbox',
    });
    await renderPage(makeClient({ organisation: async () => ok(SIGNED_OUT) }));
    const warnings = screen.getByRole('region', { name: 'Paramètres ignorés' });
    expect(within(warnings).getByText(/« apiParticulierToken » est un secret/)).toBeInTheDocument();
    expect(
      within(warnings).getByText(/« partnerClientId » \(adresse ou identifiant d’un service\) n’existe plus/),
    ).toBeInTheDocument();
    expect(within(warnings).getByText(/« eventsApiUrl » \(adresse ou identifiant/)).toBeInTheDocument();
    expect(within(warnings).getByText(/\(journalRetentionDays\)/)).toBeInTheDocument();
    expect(within(warnings).getByText(/paramètre inconnu, « enviroment »/)).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain('org-token-456');
    expect(document.body.innerHTML).not.toContain('org-client-789');
  });

  it('shows a territory fixed by the policy read-only', async () => {
    await fakeBrowser.storage.managed.set({ departements: ['2A'] });
    await renderPage();
    const territory = screen.getByRole('region', { name: 'Votre territoire' });
    expect(within(territory).getByText('Défini par votre organisation')).toBeInTheDocument();
    expect(within(territory).queryByRole('searchbox')).not.toBeInTheDocument();
    await waitFor(() => expect(within(territory).getByText('2A – Corse-du-Sud')).toBeInTheDocument());
  });
});
