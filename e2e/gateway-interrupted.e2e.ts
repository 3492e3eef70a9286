import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestGateway } from '../gateway/test/harness';
import { auditPage, formatViolations } from './support/axe';
import { startGatewayStack, type GatewayStack } from './support/gateway';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { sendFrom as send } from './support/messages';
import type { RunningSimulator } from './support/simulator';

const MOTIF = 'Instruction d’une demande d’aide sociale';
/** Person A (found, category 1) and person B (found, category 2) of the simulator. */
const A = { identifiant: '1234567A', name: 'Lefèvre-Nguyễn', verdict: /catégorie 1/ };
const B = { identifiant: '2345678B', name: 'Benali', verdict: /catégorie 2/ };

/**
 * The service worker stopped in the middle of a check through the real gateway (PGlite), in a
 * real Chromium: the upstream is slowed by the simulator's `lent` fault, the worker is stopped
 * with CDP while the gateway waits for API Particulier. The panel says the check did not come
 * back, in words; the next check (another person) shows that person, never the first one; the
 * session is still there; and the central journal holds both checks as the gateway closed them.
 */
describe('Chromium: the service worker stopped mid-check at the gateway', () => {
  let session: ChromiumSession;
  let simulator: RunningSimulator;
  let stack: GatewayStack;
  let gateway: TestGateway;
  let helper: Page;
  /** The browser's profile, kept across its restart. */
  const profile = mkdtempSync(join(tmpdir(), 'guichet-e2e-restart-'));

  const faults = async (pannes: string[], lentMs = 6000) => {
    const res = await fetch(`${simulator.url}/__admin/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pannes, lentMs }),
    });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
  };

  beforeAll(async () => {
    stack = await startGatewayStack();
    ({ simulator, gateway } = stack);
    session = await launchChromium({ userDataDir: profile });
    helper = await session.open('options');
    await session.useGateway(gateway.url);
    const opened = session.context.waitForEvent('page', { timeout: 60_000 });
    const pending = send<{ status: string }>(helper, 'agentSignIn');
    const window = await opened;
    await window.waitForLoadState('domcontentloaded');
    await window.getByLabel('Camille Martin').check();
    await window.getByRole('button', { name: 'Continuer' }).click();
    expect(await pending).toMatchObject({ ok: true, value: { status: 'signed_in' } });
  });

  afterAll(async () => {
    await session?.close();
    await stack?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  async function startCheck(panel: Page, identifiant: string, caseReference: string) {
    await panel.getByRole('radio', { name: 'Par identifiant France Travail' }).check();
    await panel.getByLabel(/Motif de la vérification/).selectOption(MOTIF);
    await panel.getByLabel(/Référence du dossier/).fill(caseReference);
    await panel.getByLabel(/Identifiant France Travail/).fill(identifiant);
    await panel.getByRole('button', { name: 'Vérifier le statut' }).click();
  }

  /** The journal's outcome of the check with this case reference (null: no outcome yet). */
  async function journalOutcome(caseReference: string): Promise<string | null | undefined> {
    const db = gateway.database.db;
    const intent = await db
      .selectFrom('journal_entries')
      .select(['id'])
      .where('kind', '=', 'check_intent')
      .where('case_reference', '=', caseReference)
      .executeTakeFirst();
    if (!intent) return undefined;
    const outcome = await db
      .selectFrom('journal_entries')
      .select(['outcome'])
      .where('kind', '=', 'check_outcome')
      .where('check_id', '=', intent.id)
      .executeTakeFirst();
    return outcome?.outcome ?? null;
  }

  it('says the check was interrupted, then shows the next person only', async () => {
    const panel = await session.open('sidepanel', 'status');
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel
      .getByRole('heading', { level: 2, name: 'Vérification du statut' })
      .waitFor({ timeout: 20_000 });
    await faults(['lent']);
    await startCheck(panel, A.identifiant, 'E2E-INT-A');
    // The gateway has written its intent and waits for API Particulier: the worker stops now.
    await expect
      .poll(() => journalOutcome('E2E-INT-A'), { timeout: 20_000, message: 'the intent is journaled' })
      .toBeNull();
    await session.stopServiceWorker();

    // In words, on the panel: the check did not come back (not a blank, not a result).
    const error = panel.getByRole('heading', { level: 2, name: 'Vérification interrompue' });
    await error.waitFor({ timeout: 20_000 });
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe('check-error-title');
    await expect.poll(() => panel.locator('main').innerText()).toMatch(/journal/);
    const violations = await auditPage(panel);
    expect(violations, formatViolations('status: check interrupted', violations)).toEqual([]);
    await session.screenshot(panel, 'status-check-interrupted');

    // A's answer, arrived at the gateway meanwhile, never reaches the panel.
    await new Promise((resolve) => setTimeout(resolve, 7000));
    expect(await panel.locator('main').innerText()).not.toContain(A.name);

    // The session is still there (the access token in session storage, the key in IndexedDB).
    expect(await send(panel, 'getAgentSession')).toMatchObject({
      ok: true,
      value: { status: 'signed_in', profile: { agent: { usualName: 'Martin' } } },
    });

    // The agent goes on with person B: B's result, never A's.
    await faults([]);
    await panel.getByRole('button', { name: 'Modifier la demande' }).click();
    await panel.getByRole('heading', { level: 2, name: 'Vérification du statut' }).waitFor();
    await panel.getByLabel(/Identifiant France Travail/).fill(B.identifiant);
    await panel.getByLabel(/Référence du dossier/).fill('E2E-INT-B');
    await panel.getByRole('button', { name: 'Vérifier le statut' }).click();
    const verdict = panel.getByRole('heading', { level: 2, name: B.verdict });
    await verdict.waitFor({ timeout: 30_000 });
    const shown = await panel.locator('main').innerText();
    expect(shown).toContain(B.name);
    expect(shown).not.toContain(A.name);
    expect(shown).not.toMatch(A.verdict);

    // The central journal: A's check closed as the gateway closed it (its upstream call had
    // started, the gateway finished it: registered), B's registered; one outcome each.
    await expect.poll(() => journalOutcome('E2E-INT-A'), { timeout: 20_000 }).toBe('registered');
    expect(await journalOutcome('E2E-INT-B')).toBe('registered');
    await panel.close();
  });
  it('after a browser restart: the session recovered, and no person on the panel', async () => {
    await session.close();
    session = await launchChromium({ userDataDir: profile });
    // storage.session is empty after a restart; the refresh token and the key are on disk.
    expect(await session.dumpStorage('session')).not.toHaveProperty('agentAccess');
    const panel = await session.open('sidepanel', 'status');
    await panel.setViewportSize({ width: 400, height: 900 });
    expect(await send(panel, 'getAgentSession')).toMatchObject({
      ok: true,
      value: { status: 'signed_in', profile: { agent: { usualName: 'Martin' } } },
    });
    const bar = panel.getByRole('region', { name: 'Votre session' });
    await expect
      .poll(() => bar.getByRole('status').innerText(), { timeout: 20_000 })
      .toMatch(/Connecté : Camille Martin, Ville de Riom/);
    await panel
      .getByRole('heading', { level: 2, name: 'Vérification du statut' })
      .waitFor({ timeout: 20_000 });
    const shown = await panel.locator('main').innerText();
    expect(shown).not.toContain(A.name);
    expect(shown).not.toContain(B.name);
    await panel.getByRole('radio', { name: 'Par identifiant France Travail' }).check();
    expect(await panel.getByLabel(/Identifiant France Travail/).inputValue()).toBe('');
    const violations = await auditPage(panel);
    expect(violations, formatViolations('status after a browser restart', violations)).toEqual([]);
    // And the next check works in the recovered session.
    await startCheck(panel, B.identifiant, 'E2E-INT-B2');
    await panel.getByRole('heading', { level: 2, name: B.verdict }).waitFor({ timeout: 30_000 });
    expect(await panel.locator('main').innerText()).not.toContain(A.name);
    expect(await journalOutcome('E2E-INT-B2')).toBe('registered');
    await panel.close();
  });
});
