import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSettingsHandlers } from '../../lib/background/handlers/settings';
import { ok } from '../../lib/core/app-error';
import type { ConnectionTestReport, ServiceName } from '../../lib/platform/messaging/protocol';
import { handleRequest, type ProtocolHandlers } from '../../lib/platform/messaging/serve';
import { userSettingsItem } from '../../lib/platform/storage/items';
import { I18nProvider } from '../shared/i18n';
import { OptionsApp } from './OptionsApp';
import type { SettingsClient } from './settings-client';

/**
 * The page talks to the real settings handlers (request schemas included) over fakeBrowser
 * storage; only the browser's permission prompt and the network test are stand-ins.
 */
function makeClient(options: { grant?: boolean; report?: ConnectionTestReport } = {}) {
  const handlers = createSettingsHandlers() as ProtocolHandlers;
  const granted = new Set<string>();
  const client = {
    getSettingsView: () => handleRequest('getSettingsView', undefined, handlers),
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

async function renderPage(client = makeClient()) {
  render(
    <I18nProvider language="fr">
      <OptionsApp client={client} />
    </I18nProvider>,
  );
  await screen.findByRole('button', { name: 'Enregistrer' });
  return client;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('OptionsApp without policy', () => {
  it('shows the built-in defaults: the local simulator, every section editable', async () => {
    await renderPage();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Paramètres de Guichet Emploi' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Simulateur local' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Adresse du simulateur local' })).toHaveValue(
      'http://127.0.0.1:8787',
    );
    expect(screen.getByRole('textbox', { name: 'Conservation du journal (jours)' })).toHaveValue('180');
    expect(screen.queryByText('Défini par votre organisation')).not.toBeInTheDocument();
    // No upstream secret is asked for any more: the gateway holds them.
    expect(screen.queryByLabelText(/Jeton API Particulier/)).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/Secret client/)).not.toBeInTheDocument();
  });

  it('behaves the same when Firefox rejects managed storage', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );
    await userSettingsItem.setValue({ agentName: 'I. Gris' });
    await renderPage();
    expect(screen.getByRole('textbox', { name: 'Votre nom dans le journal' })).toHaveValue('I. Gris');
    expect(screen.queryByRole('heading', { name: 'Paramètres ignorés' })).not.toBeInTheDocument();
  });
});

describe('OptionsApp with a policy', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.managed.set({
      environment: 'production',
      partnerClientSecret: 'org-secret-value',
      agentName: 'Accueil CCAS',
      statusFields: ['inscription'],
      journalRetentionDays: 'toujours',
      enviroment: 'sandbox',
    });
  });

  it('shows policy values read-only, marked "défini par votre organisation"', async () => {
    await renderPage();
    const agent = screen.getByRole('textbox', { name: 'Votre nom dans le journal' });
    expect(agent).toHaveValue('Accueil CCAS');
    expect(agent).toHaveAttribute('readonly');
    expect(agent).toHaveAccessibleDescription(/Défini par votre organisation/);

    expect(screen.getByRole('radio', { name: 'Production' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Production' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Inscription (catégorie et dates)' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Identité' })).not.toBeChecked();

    // The whole connection is the organisation's: endpoints show the preset, read-only.
    const tokenUrl = screen.getByRole('textbox', { name: 'Adresse du jeton partenaire France Travail' });
    expect(tokenUrl).toHaveAttribute('readonly');
    expect(tokenUrl).toHaveValue(
      'https://entreprise.francetravail.fr/connexion/oauth2/access_token?realm=/partenaire',
    );
    expect(screen.getByText(/Votre organisation a fixé la connexion/)).toBeInTheDocument();
    expect(screen.queryByLabelText(/nouvelle valeur/)).not.toBeInTheDocument();

    // Unfixed settings stay editable.
    expect(
      screen.getByRole('textbox', { name: 'Effacement du résultat après inactivité (minutes)' }),
    ).not.toHaveAttribute('readonly');
    expect(document.body.innerHTML).not.toContain('org-secret-value');
  });

  it('names each ignored policy key in a warning', async () => {
    await renderPage();
    const warnings = screen.getByRole('region', { name: 'Paramètres ignorés' });
    expect(
      within(warnings).getByText(/« Conservation du journal \(jours\) » \(journalRetentionDays\)/),
    ).toBeInTheDocument();
    expect(within(warnings).getByText(/paramètre inconnu, « enviroment »/)).toBeInTheDocument();
    // The invalid policy value is ignored: the default applies and stays editable.
    expect(screen.getByRole('textbox', { name: 'Conservation du journal (jours)' })).toHaveValue('180');
  });
});

describe('OptionsApp validation and saving', () => {
  it('shows French messages beside each refused field and a focused summary; saves nothing', async () => {
    const user = userEvent.setup();
    await renderPage();
    await user.type(screen.getByRole('textbox', { name: 'SIRET de votre organisme' }), '12345678901234');
    const retention = screen.getByRole('textbox', { name: 'Conservation du journal (jours)' });
    await user.clear(retention);
    await user.type(retention, '0');
    await user.click(screen.getByRole('checkbox', { name: 'Identité' }));
    await user.click(screen.getByRole('checkbox', { name: 'Coordonnées' }));
    await user.click(screen.getByRole('checkbox', { name: 'Adresse' }));
    await user.click(screen.getByRole('checkbox', { name: 'Inscription (catégorie et dates)' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    const summary = await screen.findByRole('heading', { name: '3 champs sont à corriger :' });
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    const siret = screen.getByRole('textbox', { name: 'SIRET de votre organisme' });
    expect(siret).toHaveAttribute('aria-invalid', 'true');
    expect(siret).toHaveAccessibleDescription(/clé de contrôle doit être juste/);
    expect(retention).toHaveAccessibleDescription(/entre 1 et 3 650/);
    expect(screen.getByText('Choisissez au moins une rubrique visible.')).toBeInTheDocument();

    // Each summary item leads to its field.
    await user.click(within(summary.parentElement!).getByRole('link', { name: /SIRET de votre organisme/ }));
    expect(siret).toHaveFocus();
    expect(await userSettingsItem.getValue()).toEqual({});
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

  it('names an upstream secret still set by policy, saying it belongs on the gateway', async () => {
    await fakeBrowser.storage.managed.set({
      environment: 'production',
      gatewayUrl: 'https://passerelle.ville.fr',
      apiParticulierToken: 'org-token-456',
    });
    await renderPage();
    expect(await screen.findByText(/« apiParticulierToken » est un secret/)).toBeInTheDocument();
    expect(screen.getByText(/appartient à la passerelle de votre organisation/)).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain('org-token-456');
  });

  it('asks host access for a custom endpoint from the submit, then saves', async () => {
    const user = userEvent.setup();
    const client = await renderPage();
    await user.click(screen.getByRole('radio', { name: 'Bac à sable (plateformes d’intégration)' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Adresse de l’API Évènements' }),
      'https://passerelle.example.fr/evenements/v1',
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByText('Paramètres enregistrés.');
    expect(client.request).toHaveBeenCalledWith(['https://passerelle.example.fr/*']);
    expect(await userSettingsItem.getValue()).toEqual({
      environment: 'sandbox',
      eventsApiUrl: 'https://passerelle.example.fr/evenements/v1',
    });
  });

  it('does not save a custom endpoint whose host access is refused', async () => {
    const user = userEvent.setup();
    await renderPage(makeClient({ grant: false }));
    await user.type(
      screen.getByRole('textbox', { name: 'Émetteur FranceConnect' }),
      'https://fc.example.fr/api/v2',
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(
      await screen.findByText(/n’a pas autorisé l’accès à https:\/\/fc.example.fr\/\*/),
    ).toBeInTheDocument();
    expect(await userSettingsItem.getValue()).toEqual({});
  });

  it('refuses a plain-http endpoint outside the local machine', async () => {
    const user = userEvent.setup();
    await renderPage();
    await user.type(
      screen.getByRole('textbox', { name: 'Adresse de l’API Particulier' }),
      'http://particulier.example.fr',
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('heading', { name: 'Un champ est à corriger :' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Adresse de l’API Particulier' })).toHaveAccessibleDescription(
      /commençant par https:\/\//,
    );
  });
});

describe('OptionsApp connection test', () => {
  it('reports what works and what does not, in plain French', async () => {
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
    expect(
      within(status).getByText(/Recherche d’évènements : échec. Votre organisation n’a pas accès/),
    ).toBeInTheDocument();
    expect(client.testConnection).toHaveBeenCalledWith('events');
  });
});
