/** Sample OAuth answers for tests, shaped after shared/docs/france-travail-apis.md §1.1. */

/** Partner token answer, shape from §1.1 (values made up). */
export const PARTNER_TOKEN_SAMPLE = {
  access_token: 'sample-opaque-access-token',
  token_type: 'Bearer',
  expires_in: 1499,
  scope: 'api_evenementsv1 evenements',
} as const;

/** OAuth error body (§1.1). */
export const OAUTH_ERROR_SAMPLE = {
  error: 'invalid_client',
  error_description: 'Client authentication failed',
} as const;
