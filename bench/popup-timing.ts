import type { BrowserContext } from 'playwright-core';
import { BLANK_MARKER, BLANK_PAGE } from './extension-copy';
import { timeToElement } from './first-paint';
import { median, percentile } from './stats';

/**
 * The popup's first event row: a button in a list item of the main region
 * (components/events/PopupEvents.tsx renders each event as `li > button.event-row`).
 */
export const POPUP_FIRST_ROW = 'main li > button';

export interface OpenTimes {
  samples: number[];
  median: number;
  p95: number;
}

function summarise(samples: number[]): OpenTimes {
  return { samples, median: median(samples), p95: percentile(samples, 95) };
}

/**
 * Opens the popup page and the blank page `opens` times each, interleaved so that both see
 * the same machine load, after two unmeasured warm-up opens each (first-open compilation).
 */
export async function measurePopupOpens(
  context: BrowserContext,
  origin: string,
  opens: number,
): Promise<{ popup: OpenTimes; blank: OpenTimes }> {
  const popupUrl = `${origin}/popup.html`;
  const blankUrl = `${origin}/${BLANK_PAGE}`;
  for (let i = 0; i < 2; i++) {
    await timeToElement(context, popupUrl, POPUP_FIRST_ROW);
    await timeToElement(context, blankUrl, BLANK_MARKER);
  }
  const popup: number[] = [];
  const blank: number[] = [];
  for (let i = 0; i < opens; i++) {
    popup.push(await timeToElement(context, popupUrl, POPUP_FIRST_ROW));
    blank.push(await timeToElement(context, blankUrl, BLANK_MARKER));
  }
  return { popup: summarise(popup), blank: summarise(blank) };
}
