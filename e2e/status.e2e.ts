import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PARTICULIER_PEOPLE, FRANCECONNECT_IDENTITIES } from '../simulator/data/people';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { startTestSimulator, type RunningSimulator } from './support/simulator';

/**
 * The status check end to end: the built extension in Chromium, the simulator's
 * FranceConnect login page and API Particulier, the journal, and what is left in storage.
 */
describe('Chromium: status check and journal against the simulator', () => {
  let session: ChromiumSession;
  let simulator: RunningSimulator;
  let panel: Page;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    session = await launchChromium();
    await session.useSimulator(simulator.url, { agentName: 'Agent E2E' });
    panel = await session.open('sidepanel', 'status');
  });

  afterAll(async () => {
    await session?.close();
    await simulator?.close();
  });

  /** Waits for the verdict (or error) heading the panel moves focus to. */
  async function expectVerdict(text: string) {
    const heading = panel.getByRole('heading', { level: 2, name: text, exact: true });
    await heading.waitFor({ timeout: 20_000 });
    expect(await panel.evaluate(() => document.activeElement?.tagName)).toBe('H2');
  }

  async function fillRequest(caseReference: string) {
    await panel.getByLabel(/Motif de la vérification/).selectOption('Ouverture ou révision de droits');
    await panel.getByLabel(/Référence du dossier/).fill(caseReference);
  }

  async function checkIdentifier(identifiant: string, caseReference: string) {
    await panel.getByRole('radio', { name: 'Par identifiant France Travail' }).check();
    await fillRequest(caseReference);
    await panel.getByLabel(/Identifiant France Travail/).fill(identifiant);
    await panel.getByRole('button', { name: 'Vérifier le statut' }).click();
  }

  async function backToForm() {
    await panel.getByRole('button', { name: 'Effacer' }).click();
    await panel.getByRole('heading', { level: 2, name: 'Vérification du statut' }).waitFor();
  }

  async function franceConnect(caseReference: string, decide: (login: Page) => Promise<void>) {
    await panel.getByRole('radio', { name: 'Personne présente — FranceConnect' }).check();
    await fillRequest(caseReference);
    const loginPage = session.context.waitForEvent('page', { timeout: 20_000 });
    await panel.getByRole('button', { name: 'Ouvrir FranceConnect' }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: 'Connexion FranceConnect en cours dans la fenêtre ouverte…' })
      .waitFor();
    const login = await loginPage;
    await login.waitForSelector('#formulaire-consentement');
    await decide(login);
  }

  it('checks by identifier: found, with the verdict first', async () => {
    await checkIdentifier('1234567A', 'E2E-ID-1');
    await expectVerdict('Inscrit(e) comme demandeur d’emploi — catégorie 1 depuis le 2 septembre 2024');
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe('verdict');
    await expect(panel.getByText('Identité certifiée').isVisible()).resolves.toBe(true);
    await session.screenshot(panel, 'status-identifier-found');
    await panel.getByRole('button', { name: 'Justificatif à imprimer' }).click();
    await expect(panel.getByRole('article').textContent()).resolves.toContain('E2E-ID-1');
    await session.screenshot(panel, 'status-justificatif');
    await backToForm();
  });

  it('checks by identifier: not found', async () => {
    await checkIdentifier('9999999Z', 'E2E-ID-2');
    await expectVerdict('Aucune inscription trouvée pour cet identifiant');
    await backToForm();
  });

  it('checks by identifier: service unavailable, with the attestation fallback', async () => {
    await checkIdentifier('9000503A', 'E2E-ID-3');
    await expectVerdict('Service momentanément indisponible');
    await expect(panel.getByText(/Demandez à la personne son attestation/).isVisible()).resolves.toBe(true);
    await backToForm();
  });

  it('checks with FranceConnect: the person consents on the login page', async () => {
    await franceConnect('E2E-FC-1', async (login) => {
      await login.check('#identite-eloise-lefevre-nguyen');
      await login.click('#autoriser');
    });
    await expectVerdict('Inscrit(e) comme demandeur d’emploi — catégorie 2 depuis le 2 septembre 2024');
    await expect(panel.getByText(/via FranceConnect/).isVisible()).resolves.toBe(true);
    await session.screenshot(panel, 'status-franceconnect-consent');
    await backToForm();
  });

  it('checks with FranceConnect: the person refuses', async () => {
    await franceConnect('E2E-FC-2', async (login) => {
      await login.click('#refuser');
    });
    await expectVerdict('La personne a refusé le partage');
    await backToForm();
  });

  it('journals every check without the identifier, and finds an identifier by its fingerprint', async () => {
    await panel.getByRole('button', { name: 'Journal des vérifications' }).click();
    const table = panel.getByRole('table', { name: 'Vérifications, les plus récentes d’abord' });
    await table.waitFor();
    await expect(table.getByRole('row').count()).resolves.toBe(6);
    const text = (await table.textContent()) ?? '';
    for (const reference of ['E2E-ID-1', 'E2E-ID-2', 'E2E-ID-3', 'E2E-FC-1', 'E2E-FC-2'])
      expect(text).toContain(reference);
    expect(text).not.toContain('1234567A');
    await panel.getByLabel('Identifiant France Travail').fill('1234 567a');
    await panel.getByRole('button', { name: 'Rechercher' }).click();
    await panel.getByText('1 vérification trouvée pour cet identifiant :').waitFor();
    await session.screenshot(panel, 'journal');
  });

  it('leaves no name, identifier, address, phone or e-mail of any test person in storage.local or sync', async () => {
    const dump = JSON.stringify([
      await session.dumpStorage('local'),
      await session.dumpStorage('sync'),
    ]).toLowerCase();
    const forbidden = new Set<string>();
    for (const person of API_PARTICULIER_PEOPLE) {
      if (!['default', 'not_found'].includes(person.identifiant)) forbidden.add(person.identifiant);
      const data = person.payload.data;
      if (data.identite) forbidden.add(`${data.identite.prenom} ${data.identite.nom_naissance}`);
      if (data.adresse?.ligne_voie) forbidden.add(data.adresse.ligne_voie);
      for (const value of [data.contact?.email, data.contact?.telephone, data.contact?.telephone2]) {
        if (value) forbidden.add(value);
      }
    }
    for (const identity of FRANCECONNECT_IDENTITIES) {
      const statut = identity.statut;
      // Full names only: a family name alone ("Martin") also names communes in the events cache.
      forbidden.add(`${statut.etatCivil.prenom} ${statut.etatCivil.nom}`);
      forbidden.add(identity.label);
      if (statut.adresse.ligneVoie) forbidden.add(statut.adresse.ligneVoie);
      for (const value of [
        statut.modalitesContact?.email,
        statut.modalitesContact?.telephone,
        statut.modalitesContact?.telephone2,
      ]) {
        if (value) forbidden.add(value);
      }
    }
    for (const identifier of ['9999999Z', '9000503A']) forbidden.add(identifier);
    const leaks = [...forbidden].filter((value) => dump.includes(value.toLowerCase()));
    expect(leaks).toEqual([]);
    // The journal is there, with fingerprints instead of identifiers.
    const local = await session.dumpStorage('local');
    const journal = local.journal as { fingerprint: string | null }[] | undefined;
    expect(journal?.length).toBe(5);
    expect(journal?.filter((entry) => entry.fingerprint?.match(/^[0-9a-f]{64}$/)).length).toBe(3);
  });
});
