import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestGateway } from '../gateway/test/harness';
import { personalDataIn, testPeopleStrings } from '../gateway/test/people-strings';
import { GATEWAY_DEMO_CREDENTIALS } from '../simulator/data/gateway-clients';
import { API_PARTICULIER_TEST_TOKENS, DEMO_CREDENTIALS } from '../lib/settings/core/demo-credentials';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD } from './support/paths';
import { auditPage, formatViolations } from './support/axe';
import { startGatewayStack, type GatewayStack } from './support/gateway';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { sendFrom as send } from './support/messages';

async function expectAccessible(page: Page, state: string): Promise<void> {
  const violations = await auditPage(page);
  expect(violations, formatViolations(state, violations)).toEqual([]);
}

/**
 * The journal view over the CENTRAL journal in a real Chromium: the extension on the gateway
 * backend (sandbox, the real gateway on PGlite, the simulator's ProConnect and API
 * Particulier); an agent's check in their own journal, the organisation's view refused to
 * them; the DPO sees it, searches the identifier and verifies the chain; the old local journal
 * offered once for export, then deleted. axe-core on each state.
 */
describe('Chromium: the journal read from the gateway', () => {
  let session: ChromiumSession;
  let stack: GatewayStack;
  let gateway: TestGateway;
  let helper: Page;

  beforeAll(async () => {
    stack = await startGatewayStack();
    ({ gateway } = stack);
    session = await launchChromium();
    helper = await session.open('options');
    await session.useGateway(gateway.url);
  });

  afterAll(async () => {
    await session?.close();
    await stack?.close();
  });

  async function signIn(name: string) {
    const opened = session.context.waitForEvent('page', { timeout: 20_000 });
    const pending = send<{ status: string }>(helper, 'agentSignIn');
    const window = await opened;
    await window.waitForLoadState('domcontentloaded');
    await window.getByLabel(name).check();
    await window.getByRole('button', { name: 'Continuer' }).click();
    expect(await pending).toMatchObject({ ok: true, value: { status: 'signed_in' } });
  }

  it('offers the old local journal once for a CSV export, then deletes it from the browser', async () => {
    await helper.evaluate(async () => {
      await chrome.storage.local.set({
        journal: [
          {
            id: crypto.randomUUID(),
            at: '2026-11-02T09:30:00.000Z',
            agent: 'Agent local',
            mode: 'identifiant',
            motif: 'Domiciliation',
            caseReference: 'ANCIEN-LOCAL-1',
            outcome: 'registered',
            errorCode: null,
            categoryCode: '1',
            fingerprint: 'ab'.repeat(32),
          },
        ],
        journal$: { v: 1 },
        journalKey: { kty: 'oct', k: 'AAAA' },
      });
    });
    const panel = await session.open('sidepanel', 'journal');
    await panel.setViewportSize({ width: 400, height: 900 });
    const offer = panel.getByRole('region', { name: 'Ancien journal de ce navigateur' });
    await offer.getByText(/garde encore 1 vérification inscrite/).waitFor({ timeout: 20_000 });
    await expectAccessible(panel, 'central journal: the old local journal offered');
    const download = panel.waitForEvent('download');
    await offer.getByRole('button', { name: 'Exporter en CSV puis effacer' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^ancien-journal-local-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = await file.path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(path, 'utf8')).toContain('ANCIEN-LOCAL-1');
    await offer.getByText(/1 vérification effacée de ce navigateur/).waitFor();
    await expectAccessible(panel, 'central journal: the old local journal deleted');
    const local = await session.dumpStorage('local');
    expect(local).not.toHaveProperty('journal');
    expect(local).not.toHaveProperty('journalKey');
    expect(local).toHaveProperty('journalMigration');
    await panel.close();
    const again = await session.open('sidepanel', 'journal');
    await again.getByRole('heading', { level: 2, name: 'Journal des vérifications' }).waitFor();
    await again.waitForTimeout(1_000);
    expect(await again.getByRole('region', { name: 'Ancien journal de ce navigateur' }).count()).toBe(0);
    await again.close();
  });

  it('shows the agent their check, and refuses them the organisation’s view in words', async () => {
    await signIn('Camille Martin');
    const checked = await send(helper, 'verifyStatus', {
      mode: 'identifiant',
      identifiant: '1234567A',
      motif: 'Instruction d’une demande d’aide sociale',
      caseReference: 'E2E-CENTRAL-1',
    });
    expect(checked).toMatchObject({ ok: true });
    const panel = await session.open('sidepanel', 'journal');
    await panel.setViewportSize({ width: 400, height: 900 });
    const table = panel.getByRole('table', { name: 'Vérifications, les plus récentes d’abord' });
    await table.getByRole('row').filter({ hasText: 'E2E-CENTRAL-1' }).waitFor({ timeout: 30_000 });
    expect(await table.textContent()).toContain('Camille Martin');
    await panel.getByText(/tenu par la passerelle de votre organisation/).waitFor();
    await expectAccessible(panel, 'central journal: agent, own checks');
    await panel.getByRole('radio', { name: 'Toute l’organisation (référent, DPO)' }).check();
    await panel.getByText(/La vue de l’organisation est réservée au référent/).waitFor({ timeout: 20_000 });
    await session.screenshot(panel, 'journal-central-agent-refused');
    await expectAccessible(panel, 'central journal: organisation refused to an agent');
    await panel.close();
    expect(await send(helper, 'agentSignOut')).toMatchObject({ ok: true });
  });

  it('shows the DPO the agent’s check, the identifier’s checks and an intact chain', async () => {
    await signIn('Dominique Bernard');
    const panel = await session.open('sidepanel', 'journal');
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.getByRole('radio', { name: 'Toute l’organisation (référent, DPO)' }).check();
    const table = panel.getByRole('table', { name: 'Vérifications, les plus récentes d’abord' });
    await table.getByRole('row').filter({ hasText: 'E2E-CENTRAL-1' }).waitFor({ timeout: 30_000 });
    await expectAccessible(panel, 'central journal: DPO, organisation');

    const lookup = panel.getByRole('region', { name: 'A-t-on vérifié cet identifiant ?' });
    await lookup.getByRole('textbox', { name: 'Identifiant France Travail' }).fill('1234567a');
    await lookup.getByRole('button', { name: 'Rechercher' }).click();
    await lookup.getByText('1 vérification trouvée pour cet identifiant :').waitFor({ timeout: 20_000 });
    await expectAccessible(panel, 'central journal: identifier search result');

    await panel.getByRole('button', { name: 'Vérifier l’intégrité' }).click();
    await panel.getByText(/^Journal intègre : \d+ entrées vérifiées/).waitFor({ timeout: 20_000 });
    await session.screenshot(panel, 'journal-central-dpo');
    await expectAccessible(panel, 'central journal: chain verified');
    await panel.close();
  });

  it('leaves in the browser no upstream secret or token and none of the checked people’s data', async () => {
    // The upstream credentials: in the gateway's hands, never the extension's (sandbox backend).
    const upstreamSecrets = [
      DEMO_CREDENTIALS.partner.clientSecret,
      DEMO_CREDENTIALS.franceConnect.clientSecret,
      DEMO_CREDENTIALS.apiParticulier.token,
      ...Object.values(API_PARTICULIER_TEST_TOKENS),
      GATEWAY_DEMO_CREDENTIALS.proConnect.clientSecret,
      GATEWAY_DEMO_CREDENTIALS.franceConnect.clientSecret,
    ];
    const stored = JSON.stringify({
      local: await session.dumpStorage('local'),
      sync: await session.dumpStorage('sync'),
      session: await session.dumpStorage('session'),
    });
    expect(stored.length).toBeGreaterThan(1_000); // the events cache, settings, the session: a real dump
    expect(upstreamSecrets.filter((secret) => stored.includes(secret))).toEqual([]);
    expect(stored).not.toMatch(/"(partnerToken|franceConnectSession)"/);
    expect(personalDataIn(stored, testPeopleStrings())).toEqual([]);

    // The built bundle carries the simulator's public demo values (direct mode, simulator only)
    // but never the gateway's own client secrets.
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : [path];
      });
    const bundle = files(CHROME_BUILD)
      .filter((path) => /\.(js|html|json)$/.test(path))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    expect(bundle.length).toBeGreaterThan(100_000);
    expect(
      [
        GATEWAY_DEMO_CREDENTIALS.proConnect.clientSecret,
        GATEWAY_DEMO_CREDENTIALS.franceConnect.clientSecret,
      ].filter((secret) => bundle.includes(secret)),
    ).toEqual([]);
  });
});
