import type { Page } from 'playwright-core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../gateway/src/db/open';
import { simulatorUpstreams } from '../gateway/src/part2/upstreams';
import type { TestDatabase } from '../gateway/test/databases';
import { createTestDatabase } from '../gateway/test/databases';
import type { TestGateway } from '../gateway/test/harness';
import { startTestGateway } from '../gateway/test/harness';
import { testEnv } from '../gateway/test/secrets';
import { API_PARTICULIER_TEST_TOKENS } from '../lib/settings/core/demo-credentials';
import { startCountedSimulator, type CountedSimulator } from '../gateway/test/part2-support';
import { personalDataIn, testPeopleStrings } from '../gateway/test/people-strings';
import { auditPage, formatViolations } from './support/axe';
import { launchChromium, type ChromiumSession } from './support/chromium';

const MOTIF = 'Instruction d’une demande d’aide sociale';

/**
 * The checks through the organisation's gateway, driven from the side panel's UI as an agent
 * would, in a real Chromium: the extension on the sandbox backend, the real gateway (PGlite)
 * and the simulator's ProConnect, FranceConnect and API Particulier. Each gateway problem is
 * produced for real (simulator faults and identifiers, a refused motif, a journal that refuses
 * writes, a revoked session) and shown with its own words, audited by axe-core.
 */
describe('Chromium: checks through the gateway, from the side panel', () => {
  let session: ChromiumSession;
  let simulator: CountedSimulator;
  let database: TestDatabase;
  let handle: DatabaseHandle;
  let gateway: TestGateway;
  let panel: Page;

  beforeAll(async () => {
    simulator = await startCountedSimulator();
    database = await createTestDatabase('pglite');
    handle = await database.open();
    gateway = await startTestGateway({
      simulator,
      database,
      handle,
      // As in the demo (gateway/src/cli/demo.ts): the CCAS's token lacks the inscription and
      // contact scopes.
      env: { ...testEnv(), CCAS_API_PARTICULIER_TOKEN: API_PARTICULIER_TEST_TOKENS.partialScopes },
      edit: (document) => {
        document.upstreams = simulatorUpstreams(simulator.url);
      },
    });
    session = await launchChromium();
    await session.useGateway(gateway.url);
    panel = await session.open('sidepanel', 'status');
    await panel.setViewportSize({ width: 420, height: 1000 });
  });

  afterAll(async () => {
    await session?.close();
    await gateway?.close();
    await handle?.close();
    await database?.drop();
    await simulator?.close();
  });

  async function expectAccessible(state: string): Promise<void> {
    const violations = await auditPage(panel);
    expect(violations, formatViolations(state, violations)).toEqual([]);
  }

  const bar = () => panel.getByRole('region', { name: 'Votre session' });

  /** Signs in with the session bar's button, as the agent does. */
  async function signIn(name: string) {
    const opened = session.context.waitForEvent('page', { timeout: 45_000 });
    await bar().getByRole('button', { name: 'Se connecter avec ProConnect' }).click();
    const window = await opened;
    await window.waitForLoadState('domcontentloaded');
    await window.getByLabel(name).check();
    await window.getByRole('button', { name: 'Continuer' }).click();
    await expect
      .poll(() => bar().getByRole('status').innerText(), { timeout: 20_000 })
      .toMatch(new RegExp(`Connecté : ${name}`));
  }

  async function fillIdentifierCheck(identifiant: string, caseReference: string, motif = MOTIF) {
    const radio = panel.getByRole('radio', { name: 'Par identifiant France Travail' });
    if ((await radio.count()) > 0) await radio.check();
    await panel.getByLabel(/Motif de la vérification/).selectOption(motif);
    await panel.getByLabel(/Référence du dossier/).fill(caseReference);
    await panel.getByLabel(/Identifiant France Travail/).fill(identifiant);
  }

  async function showStatusView() {
    await panel.getByRole('button', { name: 'Vérification du statut' }).click();
    await panel
      .getByRole('heading', { level: 2, name: 'Vérification du statut' })
      .waitFor({ timeout: 20_000 });
  }

  const submit = () => panel.getByRole('button', { name: 'Vérifier le statut' }).click();

  /** The heading the panel moves focus to, with the live region's words. */
  async function expectOutcome(heading: string | RegExp, announced: string | RegExp) {
    const title = panel.getByRole('heading', { level: 2, name: heading });
    await title.waitFor({ timeout: 30_000 });
    // Focus moved to that very heading, so a screen reader starts there.
    await expect.poll(() => title.evaluate((element) => element === document.activeElement)).toBe(true);
    const live = panel.locator('.status-panel > [role="status"][aria-live="polite"]');
    await expect.poll(() => live.innerText()).toMatch(announced);
  }

  async function backToForm() {
    await panel.getByRole('button', { name: 'Effacer' }).click();
    await panel.getByRole('heading', { level: 2, name: 'Vérification du statut' }).waitFor();
  }

  it('checks by identifier from the form, announces the verdict, and journals it', async () => {
    await signIn('Camille Martin');
    await fillIdentifierCheck('1234567A', 'E2E-GW-UI-1');
    await expectAccessible('gateway: status form filled');
    await submit();
    const verdict = 'Inscrit(e) comme demandeur d’emploi — catégorie 1 depuis le 2 septembre 2024';
    await expectOutcome(verdict, verdict);
    await expectAccessible('gateway: identifier check result');
    await backToForm();

    await panel.getByRole('button', { name: 'Journal des vérifications' }).click();
    const table = panel.getByRole('table', { name: 'Vérifications, les plus récentes d’abord' });
    await table.getByRole('row').filter({ hasText: 'E2E-GW-UI-1' }).waitFor({ timeout: 30_000 });
    expect(await table.textContent()).not.toContain('1234567A');
    await showStatusView();
  });

  it('checks with the person present: the gateway’s FranceConnect, the sealed result shown, nothing kept', async () => {
    await panel.getByRole('radio', { name: 'Personne présente — FranceConnect' }).check();
    await panel.getByLabel(/Motif de la vérification/).selectOption(MOTIF);
    await panel.getByLabel(/Référence du dossier/).fill('E2E-GW-FC-1');
    const loginPage = session.context.waitForEvent('page', { timeout: 45_000 });
    await panel.getByRole('button', { name: 'Ouvrir FranceConnect' }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: 'Connexion FranceConnect en cours dans la fenêtre ouverte…' })
      .waitFor({ state: 'attached', timeout: 30_000 });
    const login = await loginPage;
    await login.waitForSelector('#formulaire-consentement');
    // The window went through the gateway: launchWebAuthFlow opened the gateway's URL.
    expect(login.url()).toContain(simulator.url);
    await login.check('#identite-eloise-lefevre-nguyen');
    await login.click('#autoriser');
    const verdict = 'Inscrit(e) comme demandeur d’emploi — catégorie 2 depuis le 2 septembre 2024';
    await expectOutcome(verdict, verdict);
    await expect(panel.getByText(/via FranceConnect/).isVisible()).resolves.toBe(true);
    await expectAccessible('gateway: FranceConnect check result');
    await backToForm();

    await panel.getByRole('button', { name: 'Journal des vérifications' }).click();
    const table = panel.getByRole('table', { name: 'Vérifications, les plus récentes d’abord' });
    await table.getByRole('row').filter({ hasText: 'E2E-GW-FC-1' }).waitFor({ timeout: 30_000 });
    await showStatusView();

    const stored = JSON.stringify({
      local: await session.dumpStorage('local'),
      sync: await session.dumpStorage('sync'),
      session: await session.dumpStorage('session'),
    });
    expect(stored.length).toBeGreaterThan(1_000);
    expect(personalDataIn(stored, testPeopleStrings())).toEqual([]);
  });

  it('asks to sign in again when the session ends mid-form, and keeps what the agent typed', async () => {
    await fillIdentifierCheck('2345678B', 'E2E-GW-EXP-1', 'Accompagnement vers l’emploi');
    // The session ends while the agent types: its refresh token revoked at the gateway (the
    // grant with it), as sign-out from another place or an administrator would.
    const refresh = ((await session.dumpStorage('local')).agentRefresh as { refreshToken: string })
      .refreshToken;
    const revoked = await fetch(`${gateway.issuer}/token/revocation`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: refresh, client_id: 'guichet-emploi-extension' }),
    });
    expect(revoked.status).toBe(200);
    await submit();
    await expectOutcome('Connexion ProConnect nécessaire', 'Connexion ProConnect nécessaire');
    await panel
      .getByText(
        /ou votre session a expiré\. Reconnectez-vous avec ProConnect : ce que vous avez saisi est conservé/,
      )
      .waitFor();
    await expectAccessible('gateway: session expired');

    await signIn('Camille Martin');
    await panel.getByRole('button', { name: 'Modifier la demande' }).click();
    await panel.getByRole('heading', { level: 2, name: 'Vérification du statut' }).waitFor();
    expect(await panel.getByLabel(/Identifiant France Travail/).inputValue()).toBe('2345678B');
    expect(await panel.getByLabel(/Référence du dossier/).inputValue()).toBe('E2E-GW-EXP-1');
    expect(await panel.getByLabel(/Motif de la vérification/).inputValue()).toBe(
      'Accompagnement vers l’emploi',
    );
    await submit();
    const verdict = /Inscrit\(e\) comme demandeur d’emploi — catégorie 2/;
    await expectOutcome(verdict, verdict);
    await backToForm();
  });

  /** One gateway problem: its title, its advice, and axe-core on that state. */
  async function expectProblem(label: string, title: string, advice: RegExp) {
    await expectOutcome(title, title);
    await panel.getByText(advice).waitFor();
    await expectAccessible(`gateway problem: ${label}`);
    await backToForm();
  }

  it('shows a motif the organisation does not offer as refused, with what to do', async () => {
    await fillIdentifierCheck('1234567A', 'E2E-GW-MOTIF-1', 'Autre motif (à préciser)');
    await panel.getByLabel(/Précisez le motif/).fill('Contrôle de routine');
    await submit();
    await expectProblem(
      'motif refused',
      'Motif non prévu par votre organisation',
      /Choisissez un motif de la liste ; si aucun ne convient, voyez avec votre référent/,
    );
  });

  it('shows the upstream quota (429 with Retry-After) with when to retry', async () => {
    await fillIdentifierCheck('9000429A', 'E2E-GW-429-1');
    await submit();
    await panel.getByText(/Vous pourrez réessayer dans \d+ secondes?\./).waitFor({ timeout: 30_000 });
    await expectProblem(
      'quota',
      'Trop de vérifications en même temps',
      /Patientez quelques secondes, puis réessayez/,
    );
  });

  it('shows the upstream service down (simulator outage) with the paper way', async () => {
    const set = (pannes: string[]) =>
      fetch(`${simulator.url}/__admin/faults`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ pannes }),
      });
    expect((await set(['503'])).status).toBe(200);
    try {
      await fillIdentifierCheck('1234567A', 'E2E-GW-503-1');
      await submit();
      await panel.getByText(/Demandez à la personne son attestation/).waitFor({ timeout: 30_000 });
      await expectProblem(
        'upstream down',
        'Service distant indisponible',
        /ne répond pas à la passerelle de votre organisation\. Réessayez plus tard/,
      );
    } finally {
      expect((await set([])).status).toBe(200);
    }
  });

  it('shows the journal unavailable when the database refuses its writes', async () => {
    // The real database refuses every new journal entry (what a full disk or a lost primary
    // does to the write); the gateway makes no upstream call without its journal entry.
    await sql`create function refuse_journal() returns trigger language plpgsql as $$
      begin raise exception 'journal writes refused by the test'; end $$`.execute(handle.db);
    await sql`create trigger refuse_journal before insert on journal_entries
      for each row execute function refuse_journal()`.execute(handle.db);
    const callsBefore = simulator.apiParticulierCalls.length;
    try {
      await fillIdentifierCheck('1234567A', 'E2E-GW-JOURNAL-1');
      await submit();
      await expectProblem(
        'journal unavailable',
        'Journal indisponible',
        /la passerelle ne fait aucune vérification sans la journaliser/,
      );
      // And indeed no call reached API Particulier without its journal entry.
      expect(simulator.apiParticulierCalls.length).toBe(callsBefore);
    } finally {
      await sql`drop trigger refuse_journal on journal_entries`.execute(handle.db);
      await sql`drop function refuse_journal()`.execute(handle.db);
    }
  });

  it('shows the upstream refusing the organisation’s habilitation (403) with what to do', async () => {
    const set = (pannes: string[]) =>
      fetch(`${simulator.url}/__admin/faults`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ pannes }),
      });
    // The simulator's 403 fault refuses the organisation's full token (Riom's, Camille is signed in).
    expect((await set(['403'])).status).toBe(200);
    try {
      await fillIdentifierCheck('1234567A', 'E2E-GW-403-1');
      await submit();
      await expectProblem(
        'habilitation missing',
        'Habilitation incomplète',
        /l’organisation doit demander le bloc manquant/,
      );
    } finally {
      expect((await set([])).status).toBe(200);
    }
  });

  it('shows a block outside the organisation’s habilitation (CCAS, partial token) in words', async () => {
    await bar().getByRole('button', { name: 'Se déconnecter' }).click();
    await bar().getByRole('button', { name: 'Se connecter avec ProConnect' }).waitFor({ timeout: 20_000 });
    await signIn('Sacha Petit');
    await panel.reload();
    await panel.getByRole('heading', { level: 2, name: 'Vérification du statut' }).waitFor();
    await fillIdentifierCheck('1234567A', 'E2E-GW-HAB-1');
    await submit();
    const title = 'Inscription non communiquée : l’habilitation de votre organisation ne la couvre pas';
    await expectOutcome(title, title);
    await panel.getByText(/n’a pas accès aux données d’inscription\. Ce n’est pas une erreur/).waitFor();
    const text = await panel.locator('main').innerText();
    expect(text).not.toMatch(/catégorie 1/);
    await expectAccessible('gateway: outside the habilitation (CCAS)');
    await backToForm();
  });
});
