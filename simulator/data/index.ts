/** The simulator's data, for the server and for tests. */
export { generateEvents, DEFAULT_SEED, DEFAULT_EVENT_COUNT } from './events';
export type { SimEvent, GenerateOptions } from './events';
export { generateSalons, DEFAULT_SALON_COUNT } from './salons';
export { searchEvents, haversineKm } from './search';
export { loadCommunes, departementCodes } from './communes';
export type { Commune } from './communes';
export {
  FRANCECONNECT_IDENTITIES,
  API_PARTICULIER_PEOPLE,
  API_PARTICULIER_ERROR_IDENTIFIERS,
  CATEGORIE_LIBELLES,
  findIdentity,
  findApiParticulierPerson,
} from './people';
export type { FranceConnectIdentity, ApiParticulierPerson } from './people';
export {
  PROCONNECT_AGENTS,
  PROCONNECT_ACR,
  PROCONNECT_ACR_VALUES,
  PROCONNECT_IDENTITY_PROVIDERS,
  findAgentByKey,
  findAgentBySub,
} from './agents';
export type { ProConnectAgent, ProConnectAcr } from './agents';
