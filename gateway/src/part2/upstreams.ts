/**
 * Where the upstream services are. Public URLs, not secrets: the simulator preset by default,
 * the real services in production (lib/settings/core/endpoints.ts holds both presets).
 */
import { z } from 'zod';

export const upstreamsSchema = z
  .object({
    apiParticulierUrl: z.string().url().describe('API Particulier base URL (…/v3/… is appended).'),
    eventsApiUrl: z.string().url().describe('France Travail events API base (…/partenaire/evenements/v1).'),
    partnerTokenUrl: z.string().url().describe('France Travail partner token URL, realm included.'),
    franceConnectIssuer: z
      .string()
      .url()
      .describe('FranceConnect issuer (discovery at issuer + /.well-known/openid-configuration).'),
    statusApiUrl: z.string().url().describe('Full URL of the "statut augmenté" resource.'),
    production: z.boolean().default(false).describe('Real services: the sandbox identifiers are refused.'),
  })
  .strict();
export type Upstreams = z.output<typeof upstreamsSchema>;

export function simulatorUpstreams(base = 'http://127.0.0.1:8787'): Upstreams {
  const root = base.replace(/\/+$/, '');
  return {
    apiParticulierUrl: root,
    eventsApiUrl: `${root}/partenaire/evenements/v1`,
    partnerTokenUrl: `${root}/connexion/oauth2/access_token?realm=/partenaire`,
    franceConnectIssuer: `${root}/franceconnect`,
    statusApiUrl: `${root}/partenaire/fc-statutaugmente/v1/statut`,
    production: false,
  };
}
