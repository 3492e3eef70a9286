import { accessSync, constants, existsSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxPath } from './support/browsers';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { GECKO_ID } from './support/paths';

/**
 * Enterprise policy in a real Firefox ESR: `policies.json` in the installation's
 * distribution folder, the extension's keys under `3rdparty.Extensions.<gecko id>`, read by
 * the extension through storage.managed (no schema in Firefox). The file exists only while
 * this browser runs; an existing policies.json is never overwritten (the test skips).
 */
function policiesFile(): string | undefined {
  try {
    // The installation folder, not the /usr/bin link.
    const file = `${dirname(realpathSync(firefoxPath()))}/distribution/policies.json`;
    if (existsSync(file)) return undefined;
    accessSync(dirname(file), constants.W_OK);
    return file;
  } catch {
    return undefined;
  }
}

const POLICIES_FILE = policiesFile();
if (!POLICIES_FILE) {
  console.warn(
    'settings-firefox.e2e: skipped, no writable Firefox distribution folder free of policies.json.',
  );
}

describe.skipIf(!POLICIES_FILE)('Firefox ESR: settings from policies.json', () => {
  let session: FirefoxSession | undefined;
  let options: Page;

  beforeAll(async () => {
    // Keys left over from an older policy: a client id and an upstream address (retired), an
    // upstream secret. Firefox has no schema: the extension itself ignores and names them.
    const policy = {
      environment: 'sandbox',
      gatewayUrl: 'https://passerelle.example.fr',
      partnerClientId: 'leftover-client-ff',
      statusApiUrl: 'https://leftover.example.fr/statut',
      apiParticulierToken: 'leftover-token-ff',
      departements: ['971'],
      resultClearMinutes: 0,
    };
    writeFileSync(
      POLICIES_FILE!,
      JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: policy } } } }),
    );
    try {
      session = await launchFirefox();
      options = await session.page('options');
      await options.waitForSelector('button[type="submit"]');
    } catch (error) {
      rmSync(POLICIES_FILE!, { force: true });
      throw error;
    }
  });

  afterAll(async () => {
    rmSync(POLICIES_FILE!, { force: true });
    await session?.close();
  });

  it('shows the connection and the territory set by the policy read-only, no field for them', async () => {
    const facts = await options.$$eval('dl.options__facts div', (items) =>
      items.map((item) => [item.querySelector('dt')?.textContent, item.querySelector('dd')?.textContent]),
    );
    expect(facts).toContainEqual(['Environnement', expect.stringContaining('Bac à sable')]);
    expect(facts).toContainEqual([
      'Adresse de la passerelle de votre organisation',
      expect.stringContaining('https://passerelle.example.fr'),
    ]);
    expect(
      await options.$$('input[type="text"], input[type="url"], textarea, input[type="search"]'),
    ).toHaveLength(0);
    const text = await options.$eval('body', (body) => body.textContent ?? '');
    expect(text).toContain('Défini par votre organisation');
    expect(text).toContain('971 – Guadeloupe');
    await session!.screenshot(options, 'firefox-options-policy');
  });

  it('names each ignored key: the invalid value, the retired address and client id, the secret', async () => {
    const warnings = await options.$eval(
      '[aria-labelledby="settings-warnings-title"]',
      (el) => el.textContent ?? '',
    );
    expect(warnings).toContain('(resultClearMinutes)');
    expect(warnings).toContain('« partnerClientId » (adresse ou identifiant d’un service) n’existe plus');
    expect(warnings).toContain('« statusApiUrl » (adresse ou identifiant d’un service) n’existe plus');
    expect(warnings).toContain('« apiParticulierToken » est un secret');
    const body = await options.$eval('body', (el) => el.innerHTML);
    expect(body).not.toContain('leftover-client-ff');
    expect(body).not.toContain('leftover-token-ff');
  });

  it('says the agent is signed out in the organisation’s section', async () => {
    await options.waitForFunction(
      () =>
        document
          .querySelector('[aria-labelledby="section-organisation"]')
          ?.textContent?.includes('Vous n’êtes pas connecté'),
      { timeout: 20_000 },
    );
  });

  it('makes the background use the policy’s environment', async () => {
    const reply = await options.evaluate(async () => {
      const runtime = (globalThis as unknown as { browser: typeof chrome }).browser.runtime;
      return runtime.sendMessage({
        id: 1,
        type: 'getConnectionState',
        data: undefined,
        timestamp: Date.now(),
      });
    });
    expect((reply as { res?: unknown }).res).toMatchObject({ ok: true, value: { environment: 'sandbox' } });
  });
});
