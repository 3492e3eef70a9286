import type { BrowserContext } from 'playwright-core';

/**
 * Time from the start of a page's navigation to the first frame that shows a given element:
 * an observer installed before any script of the page notes when `selector` first matches,
 * then waits for the next animation frame (the element is then laid out and painted).
 * performance.now() counts from the navigation start of that page.
 */
export async function timeToElement(
  context: BrowserContext,
  url: string,
  selector: string,
  timeoutMs = 10_000,
): Promise<number> {
  const page = await context.newPage();
  try {
    await page.addInitScript((wanted: string) => {
      const state = globalThis as unknown as { __benchShownAt?: number };
      const check = () => {
        if (state.__benchShownAt !== undefined || !document.querySelector(wanted)) return false;
        requestAnimationFrame(() => {
          state.__benchShownAt ??= performance.now();
        });
        return true;
      };
      const observer = new MutationObserver(() => {
        if (check()) observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    }, selector);
    // Only the front tab paints (animation frames of background tabs are paused).
    await page.bringToFront();
    await page.goto(url);
    const handle = await page.waitForFunction(
      () => (globalThis as unknown as { __benchShownAt?: number }).__benchShownAt,
      undefined,
      { timeout: timeoutMs, polling: 5 },
    );
    return (await handle.jsonValue()) as number;
  } finally {
    await page.close();
  }
}
