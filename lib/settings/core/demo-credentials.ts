/**
 * Demo credentials of the LOCAL simulator. They are public values, not secrets: the
 * extension's simulator preset (lib/settings/core/endpoints.ts) reads them from here, the README
 * lists them. Real credentials come from the organisation's configuration, never from the
 * source tree.
 */
export const DEMO_CREDENTIALS = {
  /** France Travail partner realm (events API), client credentials. */
  partner: {
    clientId: 'guichet-emploi-simulateur',
    clientSecret: 'simulateur',
    scope: 'api_evenementsv1 evenements',
  },
  /** FranceConnect-like OpenID provider (confidential client). */
  franceConnect: {
    clientId: 'guichet-emploi-simulateur',
    clientSecret: 'simulateur-fc',
    scope: 'openid api_fc-statutaugmentev1',
  },
  /** API Particulier v3: organisation token and the SIRET of the body the lookup is made for. */
  apiParticulier: {
    token: 'simulateur-api-particulier',
    /** Luhn-valid SIRET (DINUM), the usual recipient of API Particulier's sandbox. */
    recipient: '13002526500013',
  },
} as const;

/** Extra API Particulier tokens: the documented token errors, and a token with fewer scopes. */
export const API_PARTICULIER_TEST_TOKENS = {
  /** 401 00105: a token exposed in a client gets blacklisted. */
  blacklisted: 'simulateur-api-particulier-liste-noire',
  /** 401 00103. */
  expired: 'simulateur-api-particulier-expire',
  /** 403 00100: the token has no access to this data. */
  noScope: 'simulateur-api-particulier-sans-scope',
  /** 200 without `inscription` and `contact`: an organisation not authorised for them. */
  partialScopes: 'simulateur-api-particulier-habilitation-partielle',
} as const;

/** Redirect URLs of the extension (browser.identity.getRedirectURL()) for its fixed ids. */
export const EXTENSION_REDIRECT_ORIGINS = [
  'https://elangemhemgkbajjllcmdnnfleoelhfk.chromiumapp.org',
  'https://0a2c2d3158de7b3e89337ad4cdfae4b99af87f87.extensions.allizom.org',
] as const;
