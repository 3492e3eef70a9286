import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage, formatViolations } from './support/axe';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { CHROMIUM_POLICY_DIR, chromiumPolicyWritable, writeChromiumPolicy } from './support/chromium-policy';
import { sendFrom as send } from './support/messages';
import { startTestSimulator, type RunningSimulator } from './support/simulator';

/**
 * Enterprise policy in a real Chromium: a policy file for the extension id, as an
 * administration's IT would deploy it, and the extension using it. Debian's Chromium reads
 * /etc/chromium/policies/managed/*.json at start; the file lives only while this test runs.
 */
const writable = chromiumPolicyWritable();
if (!writable) {
  console.warn(`settings.e2e: skipped, ${CHROMIUM_POLICY_DIR} is not writable (run as root, as in CI).`);
}

describe.skipIf(!writable)('Chromium: settings from an enterprise policy', () => {
  let simulator: RunningSimulator;
  let session: ChromiumSession | undefined;
  let options: Page;
  let removePolicy: (() => void) | undefined;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    // "sandbox" through a gateway, with an upstream secret left over from an older policy: the
    // environment can only have come from this policy, the secret must be ignored and named.
    const policy = {
      environment: 'sandbox',
      gatewayUrl: 'https://passerelle.example.fr',
      partnerClientSecret: 'leftover-secret-e2e',
      agentName: 'Accueil CCAS (politique)',
      statusFields: ['inscription'],
      departements: ['63', '2A'],
      // The right type for Chrome's schema (Chrome drops a wrong type itself), out of range.
      journalRetentionDays: 0,
    };
    removePolicy = writeChromiumPolicy('guichet-emploi-settings-e2e.json', policy);
    session = await launchChromium();
    options = await session.open('options');
    await options.getByRole('button', { name: 'Enregistrer' }).waitFor();
  });

  afterAll(async () => {
    // Gone before any other test file launches a Chromium, so none of them sees it.
    removePolicy?.();
    await session?.close();
    await simulator?.close();
  });

  it('shows policy values read-only, marked "défini par votre organisation"', async () => {
    const agent = options.getByRole('textbox', { name: 'Votre nom dans le journal' });
    expect(await agent.inputValue()).toBe('Accueil CCAS (politique)');
    expect(await agent.getAttribute('readonly')).not.toBeNull();
    expect(await agent.getAttribute('aria-describedby')).toContain('setting-agentName-lock');

    const sandbox = options.getByRole('radio', { name: 'Bac à sable (plateformes d’intégration)' });
    expect(await sandbox.isChecked()).toBe(true);
    expect(await sandbox.isDisabled()).toBe(true);
    expect(await options.getByRole('checkbox', { name: 'Identité' }).isChecked()).toBe(false);
    expect(
      await options.getByRole('checkbox', { name: 'Inscription (catégorie et dates)' }).isDisabled(),
    ).toBe(true);
    expect(await options.getByText('63 – Puy-de-Dôme').count()).toBe(1);
    expect(await options.getByText('Défini par votre organisation').count()).toBeGreaterThan(5);
    await session!.screenshot(options, 'chromium-options-policy');
  });

  it('names the invalid policy key in a warning, and keeps working', async () => {
    const warnings = options.getByRole('region', { name: 'Paramètres ignorés' });
    expect(await warnings.textContent()).toContain('(journalRetentionDays)');
    const retention = options.getByRole('textbox', { name: 'Conservation du journal (jours)' });
    expect(await retention.inputValue()).toBe('180');
    expect(await retention.getAttribute('readonly')).toBeNull();
  });

  it('makes the background use the policy’s environment, and ignores an upstream secret, naming it', async () => {
    const state = await send<{ environment: string; configured: Record<string, boolean> }>(
      options,
      'getConnectionState',
    );
    expect(state).toMatchObject({ ok: true, value: { environment: 'sandbox' } });
    const warnings = options.getByRole('region', { name: 'Paramètres ignorés' });
    expect(await warnings.textContent()).toContain('« partnerClientSecret » est un secret');
    expect(await warnings.textContent()).toContain('appartient à la passerelle');
    for (const area of ['local', 'session', 'sync'] as const) {
      expect(JSON.stringify(await session!.dumpStorage(area))).not.toContain('leftover-secret-e2e');
    }
  });

  it('refuses to change a policy key, and never copies policy values into storage', async () => {
    const refused = await send(options, 'saveUserSettings', { values: { agentName: 'Quelqu’un d’autre' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const local = JSON.stringify(await session!.dumpStorage('local'));
    expect(local).not.toContain('Accueil CCAS');
    expect(await session!.dumpStorage('sync')).toEqual({});
  });

  it('validates in the page: message beside the field, focused summary, no axe-core violation', async () => {
    const minutes = options.getByRole('textbox', {
      name: 'Effacement du résultat après inactivité (minutes)',
    });
    await minutes.fill('0');
    await options.getByRole('button', { name: 'Enregistrer' }).click();
    const summary = options.getByRole('heading', { name: 'Un champ est à corriger :' });
    await summary.waitFor();
    expect(await options.evaluate(() => document.activeElement?.querySelector('h2')?.textContent)).toBe(
      'Un champ est à corriger :',
    );
    expect(await minutes.getAttribute('aria-invalid')).toBe('true');
    const violations = await auditPage(options);
    expect(violations, formatViolations('options: validation errors under a policy', violations)).toEqual([]);
    await session!.screenshot(options, 'chromium-options-policy-errors');
  });
});
