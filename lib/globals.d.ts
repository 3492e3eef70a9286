/** Set by wxt.config.ts: true in the end-to-end test build only. */
declare const __GUICHET_TEST_BUILD__: boolean;
