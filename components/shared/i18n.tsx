import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Language } from '../../lib/config/constants';
import { messagesFor, type Messages } from '../../lib/i18n/catalog';
import { watchLanguage } from '../../lib/config/language';

interface I18nValue {
  language: Language;
  t: Messages;
}

const I18nContext = createContext<I18nValue>({ language: 'fr', t: messagesFor('fr') });

/** Provides the UI strings; French paints at once, another language follows the settings. */
export function I18nProvider({ children, language: fixed }: { children: ReactNode; language?: Language }) {
  const [language, setLanguage] = useState<Language>(fixed ?? 'fr');
  useEffect(() => {
    if (fixed) return undefined;
    return watchLanguage(setLanguage);
  }, [fixed]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <I18nContext.Provider value={{ language, t: messagesFor(language) }}>{children}</I18nContext.Provider>
  );
}

export function useI18n(): I18nValue {
  return useContext(I18nContext);
}
