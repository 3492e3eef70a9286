import { browser } from 'wxt/browser';
import { parseCommuneIndex, type IndexedCommune } from './core/commune-index';

let loading: Promise<IndexedCommune[]> | null = null;

/**
 * The packaged commune index (public/territory/communes.tsv), read from the extension's own
 * files once per page or service-worker life. A page fetches it when the territory field
 * gets the focus, the background when it matches online fairs to the territory. Answers an
 * empty index when the file cannot be read (départements and postal codes still work), and
 * tries again next time.
 */
export function loadCommuneIndex(): Promise<IndexedCommune[]> {
  loading ??= fetch(browser.runtime.getURL('/territory/communes.tsv'))
    .then((response) => {
      if (!response.ok) throw new Error(`communes.tsv: HTTP ${response.status}`);
      return response.text();
    })
    .then(parseCommuneIndex)
    .catch(() => {
      loading = null;
      return [];
    });
  return loading;
}
