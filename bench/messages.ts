import type { Page } from 'playwright-core';

/** A protocol answer as @webext-core/messaging carries it: `{ res }` or `{ err }`. */
interface Envelope<T> {
  res?: T;
  err?: { message?: string };
}

/**
 * Sends one message of the extension's protocol (lib/platform/messaging/protocol.ts) from an
 * extension page, with the envelope @webext-core/messaging uses, and returns its answer.
 */
export async function sendProtocolMessage<T>(page: Page, type: string, data: unknown): Promise<T> {
  const reply = (await page.evaluate(
    ({ messageType, messageData }) =>
      chrome.runtime.sendMessage({
        id: Date.now(),
        type: messageType,
        data: messageData,
        timestamp: Date.now(),
      }),
    { messageType: type, messageData: data },
  )) as Envelope<T> | undefined;
  if (!reply || !('res' in reply)) {
    throw new Error(`Expected an answer to "${type}", received ${JSON.stringify(reply)?.slice(0, 300)}.`);
  }
  return reply.res as T;
}

/** Writes the agent's settings as the options page would (storage.local `userSettings`). */
export async function writeUserSettings(page: Page, values: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (more) => {
    const current = ((await chrome.storage.local.get('userSettings')).userSettings ?? {}) as object;
    await chrome.storage.local.set({ userSettings: { ...current, ...more } });
  }, values);
}
