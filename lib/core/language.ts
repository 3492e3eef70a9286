/** The UI languages, for the catalogue and for Intl formatting. */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** BCP 47 tag for Intl formatting. */
export function localeTag(language: Language): 'fr-FR' | 'en-GB' {
  return language === 'fr' ? 'fr-FR' : 'en-GB';
}
