import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppError, Result } from '../../lib/core/app-error';
import type { SettingsView, VerifyRequest, VerifyResponse } from '../../lib/platform/messaging/protocol';
import type { StatusField } from '../../lib/status/core/check-rules';
import { minimiseStatus } from '../../lib/status/core/minimise-status';
import { aStatus } from '../../lib/status/core/test-data';
import { I18nProvider } from '../shared/i18n';
import type { StatusClient } from './status-client';
import { StatusPanel } from './StatusPanel';

const settingsView = (values: SettingsView['values']): Result<SettingsView> => ({
  ok: true,
  value: {
    values,
    sources: {} as SettingsView['sources'],
    warnings: [],
    language: 'fr',
    statusFields: ['identite', 'contact', 'adresse', 'inscription'],
  },
});

const BASE_VALUES = {
  environment: 'simulator',
  verificationModes: ['franceconnect', 'identifiant'],
  motifs: ['Ouverture ou révision de droits', 'Accompagnement vers l’emploi'],
  statusFields: ['identite', 'contact', 'adresse', 'inscription'],
  resultClearMinutes: 5,
  journalRetentionDays: 180,
  agentName: 'Agent Dupuis',
};

/**
 * A fake background: answers what each test says, minimised to the organisation's fields as
 * the background does (the one place it is done, lib/status/verify.ts), and remembers the
 * requests.
 */
function fakeClient(
  reply: (request: VerifyRequest) => Result<VerifyResponse> | Promise<Result<VerifyResponse>>,
  values: SettingsView['values'] = BASE_VALUES,
) {
  const requests: VerifyRequest[] = [];
  const fields = (values.statusFields ?? BASE_VALUES.statusFields) as StatusField[];
  const client: StatusClient = {
    getSettingsView: async () => settingsView(values),
    verifyStatus: async (request) => {
      requests.push(request);
      const answer = await reply(request);
      if (!answer.ok || !answer.value.status) return answer;
      return { ok: true, value: { ...answer.value, status: minimiseStatus(answer.value.status, fields) } };
    },
  };
  return { client, requests };
}

const found = (status = aStatus()): Result<VerifyResponse> => ({
  ok: true,
  value: { status, journalEntryId: 'entry-1' },
});
const failed = (error: AppError): Result<VerifyResponse> => ({ ok: false, error });

function renderPanel(client: StatusClient) {
  const user = userEvent.setup();
  render(
    <I18nProvider language="fr">
      <StatusPanel client={client} />
    </I18nProvider>,
  );
  return user;
}

async function fillIdentifierCheck(user: ReturnType<typeof userEvent.setup>, identifiant: string) {
  await user.click(await screen.findByRole('radio', { name: 'Par identifiant France Travail' }));
  await user.selectOptions(
    screen.getByLabelText(/Motif de la vérification/),
    'Ouverture ou révision de droits',
  );
  await user.type(screen.getByLabelText(/Référence du dossier/), 'DOS-2025-042');
  await user.type(screen.getByLabelText(/Identifiant France Travail/), identifiant);
  await user.click(screen.getByRole('button', { name: 'Vérifier le statut' }));
}

describe('StatusPanel — the form', () => {
  it('requires a motif and a case reference before any call, and says what is missing', async () => {
    const { client, requests } = fakeClient(() => found());
    const user = renderPanel(client);
    await user.click(await screen.findByRole('button', { name: 'Ouvrir FranceConnect' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByText('Le formulaire contient 2 erreurs :')).toBeInTheDocument();
    const motif = screen.getByLabelText(/Motif de la vérification/);
    expect(motif).toHaveAttribute('aria-invalid', 'true');
    expect(motif).toHaveAccessibleDescription('Choisissez le motif de la vérification.');
    expect(motif).toHaveFocus();
    expect(screen.getByLabelText(/Référence du dossier/)).toHaveAttribute('aria-invalid', 'true');
    expect(requests).toEqual([]);
  });

  it('rejects a malformed identifier with a clear message, before any call', async () => {
    const { client, requests } = fakeClient(() => found());
    const user = renderPanel(client);
    await fillIdentifierCheck(user, 'jean.dupont@example.fr');
    const field = screen.getByLabelText(/Identifiant France Travail/);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();
    expect(screen.getAllByText(/ne contient que des lettres sans accent, des chiffres/)).toHaveLength(2);
    expect(requests).toEqual([]);
  });

  it('refuses a case reference that is a name, says what a reference is, before any call', async () => {
    const { client, requests } = fakeClient(() => found());
    const user = renderPanel(client);
    await user.click(await screen.findByRole('radio', { name: 'Par identifiant France Travail' }));
    await user.selectOptions(
      screen.getByLabelText(/Motif de la vérification/),
      'Ouverture ou révision de droits',
    );
    await user.type(screen.getByLabelText(/Référence du dossier/), 'Martine Dupont');
    await user.type(screen.getByLabelText(/Identifiant France Travail/), '1234567A');
    await user.click(screen.getByRole('button', { name: 'Vérifier le statut' }));
    const field = screen.getByLabelText(/Référence du dossier/);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();
    expect(field).toHaveAccessibleDescription(/avec au moins un chiffre\. N’y mettez pas de nom\./);
    expect(requests).toEqual([]);
  });

  it('accepts a free-text motif and sends a trimmed, normalised request', async () => {
    const { client, requests } = fakeClient(() => found());
    const user = renderPanel(client);
    await user.click(await screen.findByRole('radio', { name: 'Par identifiant France Travail' }));
    await user.selectOptions(screen.getByLabelText(/Motif de la vérification/), 'Autre motif (à préciser)');
    await user.type(screen.getByLabelText(/Précisez le motif/), '  Aide   au permis ');
    await user.type(screen.getByLabelText(/Référence du dossier/), ' R-7 ');
    await user.type(screen.getByLabelText(/Identifiant France Travail/), ' jean.dupont33 ');
    await user.click(screen.getByRole('button', { name: 'Vérifier le statut' }));
    await screen.findByRole('heading', { level: 2, name: /Inscrit\(e\)/ });
    expect(requests).toEqual([
      { mode: 'identifiant', motif: 'Aide au permis', caseReference: 'R-7', identifiant: 'jean.dupont33' },
    ]);
  });

  it('shows only the modes the configuration allows', async () => {
    const { client } = fakeClient(() => found(), { ...BASE_VALUES, verificationModes: ['identifiant'] });
    renderPanel(client);
    expect(await screen.findByLabelText(/Identifiant France Travail/)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByText(/FranceConnect/)).toBeNull();
  });

  it('falls back to the defaults when the settings cannot be read', async () => {
    const client: StatusClient = {
      getSettingsView: async () => ({ ok: false, error: { code: 'internal' } }),
      verifyStatus: async () => found(),
    };
    renderPanel(client);
    expect(await screen.findByText(/valeurs par défaut s’appliquent/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Personne présente — FranceConnect' })).toBeChecked();
  });
});

describe('StatusPanel — FranceConnect', () => {
  it('explains the steps to the person, announces the window, then shows the result', async () => {
    let answer: (value: Result<VerifyResponse>) => void = () => undefined;
    const { client, requests } = fakeClient(
      () => new Promise<Result<VerifyResponse>>((resolve) => (answer = resolve)),
    );
    const user = renderPanel(client);
    expect(
      await screen.findByRole('heading', { name: 'À dire à la personne avant de commencer' }),
    ).toBeVisible();
    await user.selectOptions(
      screen.getByLabelText(/Motif de la vérification/),
      'Accompagnement vers l’emploi',
    );
    await user.type(screen.getByLabelText(/Référence du dossier/), 'R-1');
    await user.click(screen.getByRole('button', { name: 'Ouvrir FranceConnect' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Connexion FranceConnect en cours dans la fenêtre ouverte…',
    );
    expect(screen.getByRole('button', { name: 'Ouvrir FranceConnect' })).toBeDisabled();
    expect(requests).toEqual([
      { mode: 'franceconnect', motif: 'Accompagnement vers l’emploi', caseReference: 'R-1' },
    ]);
    await act(async () => answer(found(aStatus({ source: 'franceconnect' }))));
    const verdict = screen.getByRole('heading', { level: 2 });
    expect(verdict).toHaveTextContent(
      'Inscrit(e) comme demandeur d’emploi — catégorie 1 depuis le 3 mars 2025',
    );
    expect(verdict).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Résultat de la vérification : Inscrit(e)');
    expect(screen.getByText(/via FranceConnect, avec le consentement/)).toBeInTheDocument();
  });

  it.each([
    ['access_denied', 'La personne a refusé le partage'],
    ['window_closed', 'La fenêtre FranceConnect a été fermée'],
    ['auth_timeout', 'La connexion FranceConnect a expiré'],
  ] as const)('shows the %s state with the attestation fallback', async (code, title) => {
    const { client } = fakeClient(() => failed({ code, service: 'franceconnect' }));
    const user = renderPanel(client);
    await user.selectOptions(
      await screen.findByLabelText(/Motif de la vérification/),
      'Accompagnement vers l’emploi',
    );
    await user.type(screen.getByLabelText(/Référence du dossier/), 'R-1');
    await user.click(screen.getByRole('button', { name: 'Ouvrir FranceConnect' }));
    const heading = await screen.findByRole('heading', { level: 2, name: title });
    expect(heading).toHaveFocus();
    expect(screen.getByText(/Demandez à la personne son attestation d’inscription/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });
});

describe('StatusPanel — by identifier', () => {
  it('shows the full result: category with its official definition, dates, certified identity, contact, address, source', async () => {
    const { client } = fakeClient(() => found());
    const user = renderPanel(client);
    await fillIdentifierCheck(user, '123456A');
    await screen.findByRole('heading', { level: 2, name: /catégorie 1 depuis le 3 mars 2025/ });
    expect(
      screen.getByText(/à la recherche d’un emploi à durée indéterminée à plein temps/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('PERSONNE SANS EMPLOI DISPONIBLE DUREE INDETERMINEE PLEIN TPS'),
    ).toBeInTheDocument();
    expect(screen.getByText('Identité certifiée')).toBeInTheDocument();
    expect(screen.getByText('Martine')).toBeInTheDocument();
    expect(screen.getByText('martine.courtet@example.fr')).toBeInTheDocument();
    expect(screen.getByText('11 Rue Capus')).toBeInTheDocument();
    expect(screen.getByText(/via API Particulier/)).toBeInTheDocument();
    expect(screen.getByText('10 mars 2025 à 10:30')).toBeInTheDocument();
  });

  it('says when the person is no longer registered', async () => {
    const { client } = fakeClient(() =>
      found(
        aStatus({
          identity: null,
          contact: null,
          address: null,
          registration: {
            registeredNow: false,
            since: '2019-05-02',
            until: '2023-11-30',
            categoryCode: null,
            categoryLabel: null,
          },
        }),
      ),
    );
    const user = renderPanel(client);
    await fillIdentifierCheck(user, '7654321B');
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent(
      'N’est plus inscrit(e) depuis le 30 novembre 2023',
    );
  });

  it('says, in words and not as an error, what the organisation’s habilitation does not cover', async () => {
    const { client } = fakeClient(() =>
      found(aStatus({ contact: null, registration: null, notCovered: ['contact', 'inscription'] })),
    );
    const user = renderPanel(client);
    await fillIdentifierCheck(user, 'jean.dupont33');
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent(
      'Inscription non communiquée : l’habilitation de votre organisation ne la couvre pas',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    const section = screen.getByRole('region', { name: 'Hors de votre habilitation' });
    expect(section).toHaveTextContent(
      'Non transmis à votre organisation : coordonnées, inscription. Son habilitation API Particulier ne couvre pas ces données ; ce n’est pas une erreur.',
    );
    // What did come back is shown as usual.
    expect(screen.getByRole('region', { name: 'Identité' })).toHaveTextContent('Courtet');
  });

  it('says when nothing was found, with what to do', async () => {
    const { client } = fakeClient(() => ({ ok: true, value: { status: null, journalEntryId: 'e' } }));
    const user = renderPanel(client);
    await fillIdentifierCheck(user, '9999999Z');
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent(
      'Aucune inscription trouvée pour cet identifiant',
    );
    expect(screen.getByText(/Vérifiez l’identifiant avec la personne/)).toBeInTheDocument();
  });

  it('marks a non-certified identity in plain words', async () => {
    const status = aStatus();
    const { client } = fakeClient(() =>
      found({ ...status, identity: { ...status.identity!, cnav: 'not_certified', cnavCode: 'AC' } }),
    );
    const user = renderPanel(client);
    await fillIdentifierCheck(user, '3456789C');
    expect(await screen.findByText('Identité non certifiée')).toBeInTheDocument();
    expect(screen.getByText(/comparez-la avec une pièce d’identité/)).toBeInTheDocument();
  });

  it.each([
    [{ code: 'invalid_request', status: 422 }, 'Identifiant mal formé'],
    [{ code: 'server', status: 503 }, 'Service momentanément indisponible'],
    [{ code: 'rate_limited', status: 429, retryAfterSeconds: 3 }, 'Trop de vérifications en même temps'],
    [{ code: 'forbidden', status: 403 }, 'Votre organisation n’est pas habilitée'],
    [{ code: 'token_invalid', status: 401 }, 'Le jeton de votre organisation n’est pas valide'],
    [{ code: 'not_configured' }, 'Vérification non configurée'],
  ] as [AppError, string][])('shows the %o state, never a dead end', async (error, title) => {
    const { client } = fakeClient(() => failed(error));
    const user = renderPanel(client);
    await fillIdentifierCheck(user, '9000503A');
    expect(await screen.findByRole('heading', { level: 2, name: title })).toHaveFocus();
    expect(screen.getByText(/Demandez à la personne son attestation d’inscription/)).toBeInTheDocument();
    if (error.retryAfterSeconds)
      expect(screen.getByText('Vous pourrez réessayer dans 3 secondes.')).toBeInTheDocument();
  });

  it('says the check was interrupted when the background stops before it answers', async () => {
    // What a stopped service worker gives the panel: the message is rejected, no Result comes.
    const { client } = fakeClient(() => Promise.reject(new Error('The message port closed')));
    const user = renderPanel(client);
    await fillIdentifierCheck(user, '1234567A');
    expect(await screen.findByRole('heading', { level: 2, name: 'Vérification interrompue' })).toHaveFocus();
    expect(screen.getByText(/aucun résultat n’est affiché/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Inscrit\(e\)/ })).toBeNull();
  });

  it('retries with the same request, then lets the agent edit it', async () => {
    let calls = 0;
    const { client, requests } = fakeClient(() => (++calls === 1 ? failed({ code: 'server' }) : found()));
    const user = renderPanel(client);
    await fillIdentifierCheck(user, '1234567A');
    await user.click(await screen.findByRole('button', { name: 'Réessayer' }));
    await screen.findByRole('heading', { level: 2, name: /Inscrit\(e\)/ });
    expect(requests[1]).toEqual(requests[0]);
  });
});

describe('StatusPanel — the organisation’s visible fields', () => {
  it('shows no hidden section, on screen or on the printed sheet', async () => {
    const { client } = fakeClient(() => found(), { ...BASE_VALUES, statusFields: ['inscription'] });
    const user = renderPanel(client);
    await fillIdentifierCheck(user, '123456A');
    await screen.findByRole('heading', { level: 2, name: /catégorie 1/ });
    expect(screen.queryByText('Martine')).toBeNull();
    expect(screen.queryByText(/example\.fr/)).toBeNull();
    expect(screen.queryByText(/Capus/)).toBeNull();
    expect(screen.getByText(/Certaines informations ne sont pas affichées/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Justificatif à imprimer' }));
    const sheet = screen.getByRole('article');
    expect(sheet).not.toHaveTextContent('Martine');
    expect(sheet).not.toHaveTextContent('Courtet');
  });

  it('without "inscription", keeps the verdict but no category or dates', async () => {
    const { client } = fakeClient(() => found(), { ...BASE_VALUES, statusFields: ['identite'] });
    const user = renderPanel(client);
    await fillIdentifierCheck(user, '123456A');
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent(
      /^Inscrit\(e\) comme demandeur d’emploi$/,
    );
    expect(screen.queryByRole('heading', { name: 'Catégorie' })).toBeNull();
    expect(screen.queryByText(/3 mars 2025/)).toBeNull();
  });
});

describe('StatusPanel — the printable justificatif', () => {
  it('holds date and time, agent, motif, case reference, source, verdict and category, and prints', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { client } = fakeClient(() => found());
    const user = renderPanel(client);
    await fillIdentifierCheck(user, '123456A');
    await user.click(await screen.findByRole('button', { name: 'Justificatif à imprimer' }));
    const heading = screen.getByRole('heading', { level: 2, name: /Justificatif de vérification/ });
    expect(heading).toHaveFocus();
    const sheet = screen.getByRole('article');
    const value = (label: string) => within(sheet).getByText(label).nextElementSibling?.textContent;
    expect(value('Date et heure de la vérification')).toMatch(/\d{4} à \d{2}:\d{2}$/);
    expect(value('Agent')).toBe('Agent Dupuis');
    expect(value('Motif')).toBe('Ouverture ou révision de droits');
    expect(value('Référence du dossier')).toBe('DOS-2025-042');
    expect(value('Source')).toMatch(/API Particulier/);
    expect(value('Résultat')).toBe('Inscrit(e) comme demandeur d’emploi — catégorie 1 depuis le 3 mars 2025');
    expect(value('Catégorie')).toBe('1 — PERSONNE SANS EMPLOI DISPONIBLE DUREE INDETERMINEE PLEIN TPS');
    expect(value('Personne')).toBe('Martine Courtet');
    expect(sheet).not.toHaveTextContent('example.fr');
    expect(sheet).not.toHaveTextContent('Capus');
    await user.click(within(sheet).getByRole('button', { name: 'Imprimer' }));
    expect(print).toHaveBeenCalledTimes(1);
    await user.click(within(sheet).getByRole('button', { name: 'Retour au résultat' }));
    expect(screen.getByRole('heading', { level: 2, name: /Inscrit\(e\)/ })).toHaveFocus();
  });
});

describe('StatusPanel — clearing the result', () => {
  afterEach(() => vi.useRealTimers());

  it('"Effacer" removes the result and the identifier, and says so', async () => {
    const { client } = fakeClient(() => found());
    const user = renderPanel(client);
    await fillIdentifierCheck(user, '123456A');
    await user.click(await screen.findByRole('button', { name: 'Effacer' }));
    expect(screen.queryByText('Martine')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Le résultat a été effacé.');
    expect(screen.getByRole('heading', { level: 2, name: 'Vérification du statut' })).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: 'Par identifiant France Travail' }));
    expect(screen.getByLabelText(/Identifiant France Travail/)).toHaveValue('');
  });

  describe('after resultClearMinutes without interaction', () => {
    beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));

    it('clears the result, and any interaction restarts the countdown', async () => {
      const { client } = fakeClient(() => found(), { ...BASE_VALUES, resultClearMinutes: 2 });
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
      render(
        <I18nProvider language="fr">
          <StatusPanel client={client} />
        </I18nProvider>,
      );
      await user.click(await screen.findByRole('radio', { name: 'Par identifiant France Travail' }));
      await user.selectOptions(
        screen.getByLabelText(/Motif de la vérification/),
        'Ouverture ou révision de droits',
      );
      await user.type(screen.getByLabelText(/Référence du dossier/), 'R-1');
      await user.type(screen.getByLabelText(/Identifiant France Travail/), '123456A');
      await user.click(screen.getByRole('button', { name: 'Vérifier le statut' }));
      await screen.findByText('Martine');

      act(() => vi.advanceTimersByTime(90_000));
      await user.keyboard('{Tab}'); // activity: the countdown starts again
      act(() => vi.advanceTimersByTime(90_000));
      expect(screen.getByText('Martine')).toBeInTheDocument();

      act(() => vi.advanceTimersByTime(31_000));
      expect(screen.queryByText('Martine')).toBeNull();
      expect(screen.getByRole('status')).toHaveTextContent('effacé après une période sans activité');
    });
  });

  it('clears the result when the panel is closed (pagehide)', async () => {
    const { client } = fakeClient(() => found());
    const user = renderPanel(client);
    await fillIdentifierCheck(user, '123456A');
    await screen.findByText('Martine');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(screen.queryByText('Martine')).toBeNull();
  });

  it('drops an answer that arrives after the agent cleared', async () => {
    let answer: (value: Result<VerifyResponse>) => void = () => undefined;
    const { client } = fakeClient(() => new Promise((resolve) => (answer = resolve)));
    const user = renderPanel(client);
    await fillIdentifierCheck(user, '123456A');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await act(async () => answer(found()));
    expect(screen.queryByText('Martine')).toBeNull();
  });
});
