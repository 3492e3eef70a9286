import type { Page } from 'playwright-core';

/** A protocol reply (a Result value), as the tests read it. */
export interface Reply<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; providerCode?: string };
}

/**
 * Sends one protocol message from an extension page, as the UI does (the envelope of
 * @webext-core/messaging), and answers the background's reply.
 */
export async function sendFrom<T = unknown>(page: Page, type: string, data?: unknown): Promise<Reply<T>> {
  const answer = (await page.evaluate(
    ({ type: t, data: d }) =>
      chrome.runtime.sendMessage({ id: Date.now(), type: t, data: d, timestamp: Date.now() }),
    { type, data },
  )) as { res?: Reply<T> } | undefined;
  if (!answer?.res) throw new Error(`No reply to "${type}" from the background: ${JSON.stringify(answer)}`);
  return answer.res;
}
