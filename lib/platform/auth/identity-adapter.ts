import { browser } from 'wxt/browser';
import type { ErrorCode } from '../../core/app-error';

/** The part of the identity API the sign-in flows use (tests pass a fake). */
export interface IdentityAdapter {
  getRedirectURL(): string;
  /**
   * Resolves with the final redirect URL; rejects with the browser's message. `scriptRedirects`
   * (non-interactive only): a page on the way redirects with a script (a self-submitting form),
   * so Chrome must not end the flow as soon as that page has loaded.
   */
  launchWebAuthFlow(details: {
    url: string;
    interactive: boolean;
    scriptRedirects?: boolean;
  }): Promise<string>;
}

/** How long Chrome waits for script redirects in a non-interactive flow. */
export const SCRIPT_REDIRECT_WAIT_MS = 10_000;

export const browserIdentity: IdentityAdapter = {
  getRedirectURL: () => browser.identity.getRedirectURL(),
  launchWebAuthFlow: async ({ scriptRedirects, ...details }) => {
    // Chrome stops an idle worker after 30 s even while the login window is open; an
    // extension API call resets that timer (Chrome 110+), so call a cheap one meanwhile.
    const keepAlive = setInterval(() => void browser.runtime.getPlatformInfo(), 20_000);
    try {
      // Chrome 113+ options; Firefox's schema knows neither, so they are Chrome's only.
      const options =
        scriptRedirects && !details.interactive && !import.meta.env.FIREFOX
          ? {
              ...details,
              abortOnLoadForNonInteractive: false,
              timeoutMsForNonInteractive: SCRIPT_REDIRECT_WAIT_MS,
            }
          : details;
      const result = await browser.identity.launchWebAuthFlow(options as typeof details);
      // Both browsers resolve with a string; an empty one means no redirect came.
      if (typeof result !== 'string' || result === '') throw new Error('No redirect URL');
      return result;
    } finally {
      clearInterval(keepAlive);
    }
  },
};

/**
 * The browsers' rejection messages when the person closes the login window:
 * Chrome (identity_constants.cc, kUserRejected) and Firefox (ext-identity.js).
 */
const WINDOW_CLOSED_MESSAGES = ['The user did not approve access.', 'User cancelled or denied access.'];

/** What a rejected `launchWebAuthFlow` means for the agent. */
export function classifyIdentityError(error: unknown): ErrorCode {
  const message = error instanceof Error ? error.message : String(error);
  if (WINDOW_CLOSED_MESSAGES.includes(message.trim())) return 'window_closed';
  // Chrome: "Authorization page could not be loaded."; Firefox: "…failed to load…".
  if (/could not be loaded|failed to load/i.test(message)) return 'network';
  return 'auth_failed';
}
