import { defineConfig } from 'wxt';
import { PRESET_HOST_PERMISSIONS } from './lib/settings/core/hosts';

/**
 * Chrome's public key: it fixes the unpacked extension id to
 * `elangemhemgkbajjllcmdnnfleoelhfk`, on which the OAuth redirect URL
 * (https://<id>.chromiumapp.org/) and the enterprise policy key depend.
 * A public key, not a secret: the matching private key is not needed for unpacked
 * or store-published builds.
 */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEApv7KgU17XzqTKRoEAJgPaIO/RzNvquXWJKpwhfxRhUGgOv9zQ7cxZB2G+Gsom4Bynja1kb3Sun70YecMjJ09MISnD9WMZ4NlIrPLLgSHBWRvxHMQbNLwWaU8dDP7sZam/VDmPRt6GZEo0kiE2NWx7b/rKJsdlUXO8lhH/qO3C5WaHWjvKQc0tBZ9Jy6jPsyaAiQT87wTuzcwlmxbdE/PTT0IAosFIkgJ8pAdUAdxmWOl7/YCxwyUY2UH8DxZPYMFDJbFdnj2B+dTjbWuVr1c9uHN+nDS16/5yco4GgYIp86xeZRtElI2RTGmP5pX3VVJo8JecbUiYZyJy0VOrzj2TwIDAQAB';

/** Firefox's add-on id: the policies.json key and the identity redirect URL derive from it. */
export const GECKO_ID = 'guichet-emploi@guichet-emploi.fr';

// The e2e harness builds with GUICHET_TEST_BUILD=1 so that Firefox's background can open
// extension pages itself (automation may not navigate to moz-extension:// URLs).
const testBuild = process.env.GUICHET_TEST_BUILD === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    define: { __GUICHET_TEST_BUILD__: JSON.stringify(testBuild) },
  }),
  hooks: {
    // The HTML pages' build (not the background's single-file one) gives zod a chunk of its
    // own with a stable name: the pages that validate input share it, and
    // docs/web-ext-lint.md can name the file that holds zod's eval probe.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((entrypoint) => entrypoint.type === 'background')) return;
      config.build ??= {};
      config.build.rolldownOptions ??= {};
      const output = config.build.rolldownOptions.output;
      if (Array.isArray(output)) return;
      config.build.rolldownOptions.output = {
        ...output,
        codeSplitting: { groups: [{ name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/ }] },
      };
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['artifacts/**', 'e2e/screenshots/**', '.output/**'],
  },
  manifest: ({ browser }) => {
    const common = {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'fr',
      action: { default_title: '__MSG_extName__' },
      // unlimitedStorage: Chromium caps storage.local at 10 MB, and the events cache of all of
      // France (10,000 events with descriptions) is about 12 MB (measured by bench/).
      permissions: ['storage', 'unlimitedStorage', 'identity', 'alarms'],
    };
    if (browser === 'firefox') {
      return {
        ...common,
        browser_specific_settings: {
          gecko: {
            id: GECKO_ID,
            strict_min_version: '140.0',
            data_collection_permissions: { required: ['none'] },
          },
          // data_collection_permissions needs Firefox for Android 142+.
          gecko_android: { strict_min_version: '142.0' },
        },
        permissions: [...common.permissions, ...PRESET_HOST_PERMISSIONS],
        optional_permissions: ['https://*/*', 'http://*/*'],
      };
    }
    return {
      ...common,
      key: CHROME_PUBLIC_KEY,
      minimum_chrome_version: '116',
      permissions: [...common.permissions, 'sidePanel'],
      host_permissions: PRESET_HOST_PERMISSIONS,
      optional_host_permissions: ['https://*/*', 'http://*/*'],
      storage: { managed_schema: 'managed_schema.json' },
    };
  },
});
