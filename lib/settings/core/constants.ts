/**
 * Setting constants without zod, so that UI bundles (the popup above all) can use them
 * without pulling the validation library in.
 */
export const ENVIRONMENTS = ['simulator', 'sandbox', 'production'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export const VERIFICATION_MODES = ['franceconnect', 'identifiant'] as const;
export type VerificationMode = (typeof VERIFICATION_MODES)[number];

export const STATUS_FIELDS = ['identite', 'contact', 'adresse', 'inscription'] as const;
export type StatusField = (typeof STATUS_FIELDS)[number];

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The simulator's fixed default port (simulator/server.ts uses the same). */
export const SIMULATOR_DEFAULT_PORT = 8787;
export const SIMULATOR_DEFAULT_URL = `http://127.0.0.1:${SIMULATOR_DEFAULT_PORT}`;

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** BCP 47 tag for Intl formatting. */
export function localeTag(language: Language): 'fr-FR' | 'en-GB' {
  return language === 'fr' ? 'fr-FR' : 'en-GB';
}
