import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Language } from '../../lib/settings/core/constants';
import type { Messages } from '../../lib/i18n/catalog';
import { registeredMessages } from '../../lib/i18n/registry';
import { watchLanguage } from '../../lib/settings/language';

interface I18nValue {
  language: Language;
  t: Messages;
}

const I18nContext = createContext<I18nValue | null>(null);

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
    <I18nContext.Provider value={{ language, t: registeredMessages(language) }}>
      {children}
    </I18nContext.Provider>
  );
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n() needs an <I18nProvider> above it.');
  return value;
}
