import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxPath } from './browsers';
import { artifactPath, FIREFOX_TEST_BUILD } from './paths';

/**
 * Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the Firefox test build
 * installed as a temporary add-on. Automation may not navigate to moz-extension:// pages,
 * so the test build's background opens popup, side panel and options pages itself at
 * install; tests take those tabs.
 */
export interface FirefoxSession {
  browser: Browser;
  /** The extension page whose URL ends with `/<name>.html` (opened by the test build). */
  page: (name: 'popup' | 'sidepanel' | 'options') => Promise<Page>;
  screenshot: (page: Page, name: string) => Promise<string>;
  close: () => Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      // A closed network: no update checks, telemetry or remote settings.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'intl.accept_languages': 'fr-FR, fr',
      'intl.locale.requested': 'fr-FR',
    },
  });
  await browser.installExtension(FIREFOX_TEST_BUILD);

  const page = async (name: 'popup' | 'sidepanel' | 'options'): Promise<Page> => {
    const suffix = `/${name}.html`;
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      for (const candidate of await browser.pages()) {
        // page.url() can stay "about:blank" for tabs the extension opened: ask the page.
        const url = await candidate.evaluate(() => location.href).catch(() => '');
        if (url.startsWith('moz-extension://') && new URL(url).pathname === suffix) return candidate;
      }
      await new Promise((done) => setTimeout(done, 200));
    }
    throw new Error(`Expected the Firefox test build to open ${suffix}; it did not within 20 s.`);
  };

  return {
    browser,
    page,
    async screenshot(target, name) {
      const path = artifactPath(`${name}.png`);
      await target.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await browser.close();
    },
  };
}
