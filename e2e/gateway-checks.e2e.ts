import type { Page } from 'playwright-core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../gateway/src/db/open';
import { simulatorUpstreams } from '../gateway/src/part2/upstreams';
import type { TestDatabase } from '../gateway/test/databases';
import { createTestDatabase } from '../gateway/test/databases';
import type { TestGateway } from '../gateway/test/harness';
import { startTestGateway } from '../gateway/test/harness';
import { personalDataIn, testPeopleStrings } from '../gateway/test/people-strings';
import { auditPage, formatViolations } from './support/axe';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { startTestSimulator, type RunningSimulator } from './support/simulator';

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
  let simulator: RunningSimulator;
  let database: TestDatabase;
  let handle: DatabaseHandle;
  let gateway: TestGateway;
  let panel: Page;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    database = await createTestDatabase('pglite');
    handle = await database.open();
    gateway = await startTestGateway({
      simulator,
      database,
      handle,
      edit: (document) => {
        document.upstreams = simulatorUpstreams(simulator.url);
      },
    });
    session = await launchChromium();
    const helper = await session.open('options');
    await helper.evaluate(async (gatewayUrl) => {
      const current = (await chrome.storage.local.get('userSettings')).userSettings ?? {};
      await chrome.storage.local.set({ userSettings: { ...current, environment: 'sandbox', gatewayUrl } });
    }, gateway.url);
    await helper.close();
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
    const opened = session.context.waitForEvent('page', { timeout: 20_000 });
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

  const submit = () => panel.getByRole('button', { name: 'Vérifier le statut' }).click();

  /** The heading the panel moves focus to, with the live region's words. */
  async function expectOutcome(heading: string | RegExp, announced: string | RegExp) {
    const title = panel.getByRole('heading', { level: 2, name: heading });
    await title.waitFor({ timeout: 30_000 });
    await expect.poll(() => panel.evaluate(() => document.activeElement?.tagName)).toBe('H2');
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
    await panel.getByRole('button', { name: 'Vérification du statut' }).click();
  });
});
