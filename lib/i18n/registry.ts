import type { Language } from '../settings/core/constants';
import type { Messages } from './catalog';

/**
 * The UI strings a surface ships. Each surface registers only the namespaces its components
 * use (the popup leaves out the status, journal and settings texts to stay small); a
 * component test renders each surface with exactly its registration.
 */
export type SurfaceCatalogs = Record<Language, Partial<Messages>>;

let registered: SurfaceCatalogs | null = null;

export function registerCatalogs(catalogs: SurfaceCatalogs): void {
  registered = catalogs;
}

export function registeredMessages(language: Language): Messages {
  if (!registered) {
    throw new Error('No UI strings registered: call mountApp(App, catalogs) or registerCatalogs() first.');
  }
  // A surface's components only read the namespaces it registered (see the note above).
  return registered[language] as Messages;
}
