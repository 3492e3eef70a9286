/**
 * The gateway's configuration file: one JSON document, validated here, whose JSON Schema
 * (docs/gateway/config.schema.json) is generated from these zod schemas. Secrets never sit
 * in the file: a secret is named by the environment variable that holds it (`{ "env":
 * "NAME" }`, read from NAME or from the file whose path is in NAME_FILE).
 */
import { z } from 'zod';
import { simulatorUpstreams, upstreamsSchema } from '../part2/upstreams';
import { STATUS_FIELDS, VERIFICATION_MODES, departementCodeSchema, isValidSiret } from './from-lib';

export const secretRefSchema = z
  .object({
    env: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]{1,99}$/, 'an environment variable name (A-Z, 0-9, _)')
      .refine((name) => !name.endsWith('_FILE'), 'the name without its _FILE suffix')
      .describe(
        'Name of the environment variable that holds the secret; NAME_FILE may hold a file path instead.',
      ),
  })
  .strict()
  .describe('A secret, by the name of the environment variable that holds it (never the value).');
export type SecretRef = z.output<typeof secretRefSchema>;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** http(s) URL without credentials, query or fragment; plain http only on loopback. */
function urlSchema(options: { originOnly?: boolean; exact?: boolean } = {}) {
  return z
    .string()
    .superRefine((value, context) => {
      const url = URL.parse(value);
      if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
        context.addIssue({ code: 'custom', message: 'an absolute http(s) URL' });
        return;
      }
      if (url.username || url.password || url.search || url.hash) {
        context.addIssue({ code: 'custom', message: 'a URL without credentials, query or fragment' });
      }
      if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
        context.addIssue({ code: 'custom', message: 'an https URL (http only on 127.0.0.1 or localhost)' });
      }
      if (options.originOnly && url.pathname !== '/') {
        context.addIssue({ code: 'custom', message: 'an origin without path (scheme://host[:port])' });
      }
    })
    .transform((value) => (options.exact ? value : value.replace(/\/+$/, '')));
}

const siretSchema = z
  .string()
  .regex(/^\d{14}$/, '14 digits (a SIRET)')
  .refine(isValidSiret, '14 digits with a valid Luhn key (a SIRET)')
  .describe('SIRET: 14 digits with a valid Luhn key.');

const label = z.string().trim().min(1).max(200);
const domainSchema = z
  .string()
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'a lower-case domain name (ville-riom.fr)',
  );
const emailSchema = z.email('an e-mail address').transform((value) => value.toLowerCase());

/** A non-empty subset without duplicates, kept in the canonical order. */
function subsetOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(z.enum(values))
    .min(1)
    .transform((list) => values.filter((value) => list.includes(value)) as T[number][]);
}

const memberSchema = z.union([
  z.object({ sub: z.string().min(1).max(255).describe('ProConnect `sub` of the agent.') }).strict(),
  z.object({ email: emailSchema.describe('E-mail address ProConnect gives for the agent.') }).strict(),
]);

const partnerCredentialSchema = z
  .object({ clientId: z.string().min(1).max(255), clientSecret: secretRefSchema })
  .strict();

export const organisationSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'a short lower-case identifier (a-z, 0-9, -)')
      .describe('Stable identifier of the organisation at this gateway (also in the API and the database).'),
    name: label.describe('Name shown to agents.'),
    siret: siretSchema.describe(
      'The SIRET the organisation’s habilitations (API Particulier, FranceConnect) are in.',
    ),
    admission: z
      .object({
        sirets: z
          .array(siretSchema)
          .default([])
          .describe('Agents whose ProConnect `siret` claim is one of these are admitted.'),
        emailDomains: z
          .array(domainSchema)
          .default([])
          .describe(
            'Agents whose identity provider sends no SIRET are admitted when their e-mail is in one of these domains.',
          ),
        identityProviders: z
          .array(z.string().min(1).max(255))
          .default([])
          .describe('When not empty, only agents whose ProConnect `idp_id` is one of these are admitted.'),
      })
      .strict()
      .refine((rules) => rules.sirets.length + rules.emailDomains.length > 0, {
        message: 'at least one SIRET or one e-mail domain',
      }),
    requiresTwoFactor: z
      .boolean()
      .default(false)
      .describe('Refuse agents whose ProConnect `acr` is not a two-factor level.'),
    roles: z
      .object({
        referents: z.array(memberSchema).default([]),
        dpos: z.array(memberSchema).default([]),
      })
      .strict()
      .default({ referents: [], dpos: [] })
      .describe(
        'Who is référent or DPO (by ProConnect `sub` or e-mail); everyone else admitted is an agent.',
      ),
    verificationModes: subsetOf(VERIFICATION_MODES).describe('Check modes offered to the agents.'),
    motifs: z
      .array(label)
      .min(1)
      .max(50)
      .transform((list) => [...new Set(list)])
      .describe('Purposes an agent picks from for every check.'),
    visibleResultFields: subsetOf(STATUS_FIELDS).describe('Fields of a check result the agents may see.'),
    retention: z
      .object({
        journalDays: z
          .number()
          .int()
          .min(1)
          .max(3650)
          .default(1096)
          .describe('Days the journal keeps an entry (API Particulier asks 36 months).'),
      })
      .strict()
      .default({ journalDays: 1096 }),
    defaultTerritory: z
      .object({
        departements: z.array(departementCodeSchema).min(1).max(101),
        agentsMayChange: z
          .boolean()
          .default(true)
          .describe('Whether an agent may choose another territory in the extension (true by default).'),
      })
      .strict()
      .describe('Départements whose events agents see by default.'),
    credentials: z
      .object({
        franceTravailPartner: partnerCredentialSchema.describe('France Travail partner client (events).'),
        franceConnect: partnerCredentialSchema
          .optional()
          .describe('FranceConnect client (required for the `franceconnect` mode).'),
        journalKey: secretRefSchema
          .optional()
          .describe(
            'Key of the journal’s identifier fingerprints (HMAC-SHA-256; at least 32 bytes, hex or base64url). Required by the checks and the journal.',
          ),
        apiParticulierToken: secretRefSchema
          .optional()
          .describe('API Particulier token (required for the `identifiant` mode).'),
      })
      .strict()
      .describe('The organisation’s upstream credentials, secrets by environment variable name.'),
  })
  .strict()
  .superRefine((org, context) => {
    if (org.verificationModes.includes('franceconnect') && !org.credentials.franceConnect) {
      context.addIssue({
        code: 'custom',
        path: ['credentials', 'franceConnect'],
        message: 'a FranceConnect client, since verificationModes has "franceconnect"',
      });
    }
    if (org.verificationModes.includes('identifiant') && !org.credentials.apiParticulierToken) {
      context.addIssue({
        code: 'custom',
        path: ['credentials', 'apiParticulierToken'],
        message: 'an API Particulier token, since verificationModes has "identifiant"',
      });
    }
  });
export type OrganisationConfig = z.output<typeof organisationSchema>;

export const TWO_FACTOR_ACR_VALUES = [
  'https://proconnect.gouv.fr/assurance/self-asserted-2fa',
  'https://proconnect.gouv.fr/assurance/consistency-checked-2fa',
];

const trustProxySchema = z
  .union([
    z.boolean(),
    z.number().int().min(1).max(10),
    z.array(z.string().regex(/^[0-9a-fA-F:.]+(\/\d{1,3})?$/, 'an IP address or CIDR range')).min(1),
  ])
  .default(false)
  .describe(
    'Whether to believe X-Forwarded-* headers: false, true (any proxy), a number of hops, or the proxies’ addresses.',
  );

export const gatewayConfigSchema = z
  .object({
    $schema: z.string().optional(),
    publicUrl: urlSchema({ originOnly: true }).describe(
      'Public origin of the gateway as agents’ browsers reach it (behind a reverse proxy: its https origin). The issuer is publicUrl + /oauth.',
    ),
    listen: z
      .object({
        host: z.string().min(1).default('127.0.0.1'),
        port: z.number().int().min(0).max(65535).default(8788),
      })
      .strict()
      .default({ host: '127.0.0.1', port: 8788 }),
    trustProxy: trustProxySchema,
    database: z
      .discriminatedUnion('kind', [
        z
          .object({
            kind: z.literal('pglite'),
            dataDir: z
              .string()
              .min(1)
              .describe('Directory of the embedded database (relative to the configuration file).'),
          })
          .strict(),
        z
          .object({
            kind: z.literal('postgres'),
            url: secretRefSchema.describe('postgres:// connection string (holds the password: a secret).'),
            poolSize: z.number().int().min(1).max(100).default(10),
          })
          .strict(),
      ])
      .describe('PostgreSQL (production, several processes) or PGlite (embedded, one process).'),
    log: z
      .object({
        level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
      })
      .strict()
      .default({ level: 'info' }),
    proconnect: z
      .object({
        issuer: urlSchema().describe(
          'ProConnect issuer (its discovery document is issuer + /.well-known/openid-configuration).',
        ),
        clientId: z.string().min(1).max(255),
        clientSecret: secretRefSchema,
        twoFactorAcrValues: z
          .array(z.string().min(1))
          .min(1)
          .default(TWO_FACTOR_ACR_VALUES)
          .describe('`acr` values that count as two-factor.'),
        idTokenSignedResponseAlg: z.enum(['RS256', 'ES256']).default('RS256'),
        userinfoSignedResponseAlg: z
          .enum(['RS256', 'ES256'])
          .default('RS256')
          .describe('ProConnect signs the userinfo answer (application/jwt) with this algorithm.'),
        sessionLifetimeSeconds: z
          .number()
          .int()
          .min(300)
          .max(86400)
          .default(43200)
          .describe('Lifetime of a ProConnect session: no refresh token outlives auth_time + this.'),
      })
      .strict(),
    extension: z
      .object({
        clientId: z.string().min(1).max(255).default('guichet-emploi-extension'),
        redirectUris: z
          .array(urlSchema({ exact: true }))
          .min(1)
          .describe('Exact redirect URIs of the extension (identity.getRedirectURL() of each browser).'),
      })
      .strict(),
    tokens: z
      .object({
        accessTokenSeconds: z.number().int().min(30).max(900).default(300),
        refreshTokenMaxSeconds: z
          .number()
          .int()
          .min(300)
          .max(28800)
          .default(28800)
          .describe('Longest life of a refresh-token family from sign-in (a working day at most).'),
      })
      .strict()
      .default({ accessTokenSeconds: 300, refreshTokenMaxSeconds: 28800 }),
    keys: z
      .object({
        signing: secretRefSchema.describe(
          'Private JWK (JSON, EC P-256 or RSA) signing the gateway’s ID tokens.',
        ),
        cookies: secretRefSchema.describe(
          'Cookie signing keys: one or more random strings, comma-separated.',
        ),
      })
      .strict()
      .describe('Keys every process of the gateway shares.'),
    upstreams: upstreamsSchema
      .default(simulatorUpstreams())
      .describe('Where the upstream services are (the local simulator by default).'),
    organisations: z.array(organisationSchema).min(1).max(500),
  })
  .strict();

export type GatewayConfig = z.output<typeof gatewayConfigSchema>;
