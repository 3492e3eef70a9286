/**
 * Setting constants without zod, so that UI bundles (the popup above all) can use them
 * without pulling the validation library in. The vocabularies a setting chooses from are
 * defined where they mean something (the status check's modes and sections, the languages)
 * and named here for the settings model.
 */
export {
  STATUS_FIELDS,
  VERIFICATION_MODES,
  type StatusField,
  type VerificationMode,
} from '../../status/core/check-rules';
export { LANGUAGES, isLanguage, localeTag, type Language } from '../../core/language';

export const ENVIRONMENTS = ['simulator', 'sandbox', 'production'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

/** The simulator's fixed default port (simulator/server.ts reads it from here). */
export const SIMULATOR_DEFAULT_PORT = 8787;
export const SIMULATOR_DEFAULT_URL = `http://127.0.0.1:${SIMULATOR_DEFAULT_PORT}`;
