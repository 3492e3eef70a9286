/**
 * Host access granted at install: the local simulator and the hosts of the real
 * services' presets (France Travail, FranceConnect, API Particulier). A custom endpoint
 * set in the options page asks for its own host at run time (optional permission).
 * Match patterns ignore the port, so the simulator works on any port of 127.0.0.1.
 */
export const PRESET_HOST_PERMISSIONS = [
  'http://127.0.0.1/*',
  'http://localhost/*',
  'https://api.francetravail.io/*',
  'https://entreprise.francetravail.fr/*',
  'https://francetravail.io/*',
  'https://api.emploi-store.fr/*',
  'https://fcp.integ01.dev-franceconnect.fr/*',
  'https://fcp-low.sbx.dev-franceconnect.fr/*',
  'https://oidc.franceconnect.gouv.fr/*',
  'https://app.franceconnect.gouv.fr/*',
  'https://particulier.api.gouv.fr/*',
  'https://staging.particulier.api.gouv.fr/*',
];
