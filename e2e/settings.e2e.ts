import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestGateway } from '../gateway/test/harness';
import { auditPage, formatViolations } from './support/axe';
import { startGatewayStack, type GatewayStack } from './support/gateway';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { CHROMIUM_POLICY_DIR, chromiumPolicyWritable, writeChromiumPolicy } from './support/chromium-policy';
import { sendFrom as send } from './support/messages';

async function expectAccessible(page: Page, state: string): Promise<void> {
  const violations = await auditPage(page);
  expect(violations, formatViolations(state, violations)).toEqual([]);
}

/** The value beside a term of a description list. */
const definition = (page: Page, term: string) =>
  page.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');

/**
 * Enterprise policy in a real Chromium: a policy file for the extension id, as an
 * administration's IT would deploy it, and the extension using it. Debian's Chromium reads
 * /etc/chromium/policies/managed/*.json at start; the file lives only while this test runs.
 */
const writable = chromiumPolicyWritable();
if (!writable) {
  console.warn(
    `settings.e2e: policy part skipped, ${CHROMIUM_POLICY_DIR} is not writable (run as root, as in CI).`,
  );
}

describe.skipIf(!writable)('Chromium: settings from an enterprise policy', () => {
  let session: ChromiumSession | undefined;
  let options: Page;
  let removePolicy: (() => void) | undefined;

  beforeAll(async () => {
    // "sandbox" through a gateway, with keys left over from an older policy: an upstream secret,
    // an upstream address and a client id. The environment can only have come from this policy.
    const policy = {
      environment: 'sandbox',
      gatewayUrl: 'https://passerelle.example.fr',
      partnerClientSecret: 'leftover-secret-e2e',
      partnerClientId: 'leftover-client-e2e',
      eventsApiUrl: 'https://leftover.example.fr/evenements/v1',
      departements: ['63', '2A'],
      // The right type for Chrome's schema (Chrome drops a wrong type itself), out of range.
      resultClearMinutes: 0,
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
  });

  it('shows the connection and the territory set by the policy read-only', async () => {
    const connection = options.getByRole('region', { name: 'Connexion de l’extension' });
    expect(await definition(options, 'Environnement').innerText()).toContain('Bac à sable');
    expect(await definition(options, 'Adresse de la passerelle de votre organisation').innerText()).toContain(
      'https://passerelle.example.fr',
    );
    expect(await connection.getByText('Défini par votre organisation').count()).toBeGreaterThan(0);
    expect(await options.getByRole('textbox').count()).toBe(0);
    const territory = options.getByRole('region', { name: 'Votre territoire' });
    expect(await territory.getByText('63 – Puy-de-Dôme').count()).toBe(1);
    expect(await territory.getByText('2A – Corse-du-Sud').count()).toBe(1);
    expect(await territory.getByRole('searchbox').count()).toBe(0);
    // The language stays the agent's.
    expect(await options.getByRole('radio', { name: 'English' }).isEnabled()).toBe(true);
    await session!.screenshot(options, 'chromium-options-policy');
  });

  it('signed out: the organisation section says so and points to the sign-in button, no axe-core violation', async () => {
    const section = options.getByRole('region', { name: 'Réglages de votre organisation' });
    await section.getByText(/Vous n’êtes pas connecté/).waitFor({ timeout: 20_000 });
    expect(await options.getByRole('button', { name: 'Se connecter avec ProConnect' }).count()).toBe(1);
    await expectAccessible(options, 'options: policy, signed out');
  });

  it('names the invalid policy key in a warning, and keeps working', async () => {
    const warnings = options.getByRole('region', { name: 'Paramètres ignorés' });
    expect(await warnings.textContent()).toContain('(resultClearMinutes)');
    expect(
      await definition(options, 'Effacement du résultat après inactivité \\(minutes\\)').innerText(),
    ).toContain('5 minutes');
  });

  it('makes the background use the policy’s environment; no retired key reaches the extension', async () => {
    const state = await send<{ environment: string }>(options, 'getConnectionState');
    expect(state).toMatchObject({ ok: true, value: { environment: 'sandbox' } });
    // Chrome's managed schema has none of these keys any more: Chrome drops them itself (and
    // reports them at chrome://policy); Firefox, schema-less, gets the extension's warning
    // (settings-firefox.e2e.ts).
    const managed = await options.evaluate(() => chrome.storage.managed.get(null));
    for (const key of ['partnerClientSecret', 'partnerClientId', 'eventsApiUrl'])
      expect(managed).not.toHaveProperty(key);
    for (const area of ['local', 'session', 'sync'] as const) {
      const dump = JSON.stringify(await session!.dumpStorage(area));
      expect(dump).not.toContain('leftover-secret-e2e');
      expect(dump).not.toContain('leftover-client-e2e');
    }
  });

  it('refuses to change the connection or a policy key, and never copies policy values into storage', async () => {
    const connection = await send(options, 'saveUserSettings', {
      values: { gatewayUrl: 'https://autre.example.fr' },
    });
    expect(connection).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const territory = await send(options, 'saveUserSettings', { values: { departements: ['03'] } });
    expect(territory).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const local = JSON.stringify(await session!.dumpStorage('local'));
    expect(local).not.toContain('passerelle.example.fr');
    expect(await session!.dumpStorage('sync')).toEqual({});
  });
});

/**
 * The organisation's settings read from a REAL gateway (PGlite) in a real Chromium: signed
 * out, then signed in through the page's own ProConnect button, then loaded; the territory
 * fixed by the organisation (Riom's, set not to let agents choose in this test's
 * configuration). axe-core on each state.
 */
describe('Chromium: the options page shows the organisation’s settings from the gateway', () => {
  let session: ChromiumSession;
  let stack: GatewayStack;
  let gateway: TestGateway;
  let options: Page;

  beforeAll(async () => {
    stack = await startGatewayStack({
      edit: (document) => {
        const organisations = document.organisations as { id: string; defaultTerritory: object }[];
        for (const organisation of organisations) {
          if (organisation.id === 'ville-de-riom') {
            organisation.defaultTerritory = { ...organisation.defaultTerritory, agentsMayChange: false };
          }
        }
      },
    });
    ({ gateway } = stack);
    session = await launchChromium();
    await session.useGateway(gateway.url, { departements: ['15'] });
    options = await session.open('options');
    await options.getByRole('button', { name: 'Enregistrer' }).waitFor();
  });

  afterAll(async () => {
    await session?.close();
    await stack?.close();
  });

  it('signed out: says so, offers ProConnect, no axe-core violation', async () => {
    const section = options.getByRole('region', { name: 'Réglages de votre organisation' });
    await section.getByText(/Vous n’êtes pas connecté/).waitFor({ timeout: 20_000 });
    expect(await definition(options, 'Adresse de la passerelle de votre organisation').innerText()).toContain(
      gateway.url,
    );
    // Before sign-in the agent's own territory is shown, editable.
    expect(
      await options.getByRole('searchbox', { name: 'Ajouter un département (nom ou code)' }).count(),
    ).toBe(1);
    await expectAccessible(options, 'options: gateway, signed out');
  });

  it('signed in with the page’s button: the organisation’s settings, read-only, no axe-core violation', async () => {
    const opened = session.context.waitForEvent('page', { timeout: 20_000 });
    await options.getByRole('button', { name: 'Se connecter avec ProConnect' }).click();
    const window = await opened;
    await window.waitForLoadState('domcontentloaded');
    await window.getByLabel('Camille Martin').check();
    await window.getByRole('button', { name: 'Continuer' }).click();

    const section = options.getByRole('region', { name: 'Réglages de votre organisation' });
    await section.getByText('Ville de Riom').waitFor({ timeout: 20_000 });
    expect(await definition(options, 'Votre rôle').innerText()).toBe('Agent');
    expect(await definition(options, 'Modes de vérification proposés').locator('li').allInnerTexts()).toEqual(
      ['Avec FranceConnect, la personne présente', 'Par identifiant France Travail'],
    );
    expect(await definition(options, 'Motifs proposés').locator('li').count()).toBeGreaterThan(0);
    expect(await definition(options, 'Territoire par défaut').innerText()).toContain('63 – Puy-de-Dôme');
    expect(await definition(options, 'Choix du territoire par l’agent').innerText()).toMatch(/^Non/);
    expect(await section.getByRole('textbox').count()).toBe(0);
    await expectAccessible(options, 'options: gateway, loaded');
    await session.screenshot(options, 'chromium-options-gateway-loaded');
  });

  it('shows the territory the organisation fixes, read-only, and still saves the language', async () => {
    const territory = options.getByRole('region', { name: 'Votre territoire' });
    await territory.getByText(/Votre organisation fixe le territoire/).waitFor();
    expect(await territory.getByText('63 – Puy-de-Dôme').count()).toBe(1);
    expect(await territory.getByText('15 – Cantal').count()).toBe(0);
    expect(await territory.getByRole('searchbox').count()).toBe(0);
    // The background refuses it too, whatever page asks.
    const refused = await send(options, 'saveUserSettings', { values: { departements: ['03'] } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    await options.getByRole('radio', { name: 'English' }).check();
    await options.getByRole('button', { name: 'Enregistrer' }).click();
    // The page follows the saved language at once.
    await options.getByText(/^(Paramètres enregistrés|Settings saved)\.$/).waitFor();
    const stored = (await session.dumpStorage('local')).userSettings as Record<string, unknown>;
    expect(stored).toMatchObject({ language: 'en', departements: ['15'] });
  });
});
