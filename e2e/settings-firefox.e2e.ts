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
    const policy = {
      environment: 'sandbox',
      agentName: 'Mairie (politique Firefox)',
      statusFields: ['inscription'],
      departements: ['971'],
      journalRetentionDays: 0,
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

  it('shows the policy values read-only and names the invalid key', async () => {
    const agent = await options.$eval('#setting-agentName', (input) => ({
      value: (input as HTMLInputElement).value,
      readOnly: (input as HTMLInputElement).readOnly,
      describedBy: input.getAttribute('aria-describedby'),
    }));
    expect(agent).toEqual({
      value: 'Mairie (politique Firefox)',
      readOnly: true,
      describedBy: 'setting-agentName-lock setting-agentName-hint',
    });
    const sandbox = await options.$eval('input[name="environment"][value="sandbox"]', (input) => ({
      checked: (input as HTMLInputElement).checked,
      disabled: (input as HTMLInputElement).disabled,
    }));
    expect(sandbox).toEqual({ checked: true, disabled: true });
    const text = await options.$eval('body', (body) => body.textContent ?? '');
    expect(text).toContain('Défini par votre organisation');
    expect(text).toContain('971 – Guadeloupe');
    expect(text).toContain('(journalRetentionDays)');
    await session!.screenshot(options, 'firefox-options-policy');
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
