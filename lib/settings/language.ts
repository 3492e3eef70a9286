import { browser } from 'wxt/browser';
import { isLanguage, type Language } from './core/constants';
import { userSettingsItem } from '../platform/storage/items';

/** Policy first, then the agent's choice; French when neither says otherwise. */
async function readLanguage(): Promise<Language> {
  let policy: Record<string, unknown> = {};
  try {
    policy = (await browser.storage.managed.get('language')) ?? {};
  } catch {
    // Firefox rejects when no policy is installed: same as an empty policy.
  }
  if (isLanguage(policy.language)) return policy.language;

  const user = await userSettingsItem.getValue();
  return isLanguage(user.language) ? user.language : 'fr';
}

/** Calls back with the language now and whenever the agent changes it; returns an unwatch. */
export function watchLanguage(callback: (language: Language) => void): () => void {
  let active = true;
  const update = () => {
    void readLanguage().then((language) => {
      if (active) callback(language);
    });
  };
  update();
  const unwatch = userSettingsItem.watch(update);
  return () => {
    active = false;
    unwatch();
  };
}
