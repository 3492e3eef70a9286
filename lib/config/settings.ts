import { z } from 'zod';

/**
 * The settings model. Three sources, in this order of precedence:
 * enterprise policy (managed storage) > the agent's options page > built-in defaults.
 * Every key is validated on its own so that one invalid policy value is ignored (with a
 * warning naming it) instead of breaking the extension.
 */

import {
  ENVIRONMENTS,
  LANGUAGES,
  STATUS_FIELDS,
  VERIFICATION_MODES,
  SIMULATOR_DEFAULT_URL,
} from './constants';

export * from './constants';

const httpUrl = z
  .string()
  .trim()
  .url()
  .refine((value) => /^https?:\/\//.test(value), 'URL http(s) attendue')
  .transform((value) => value.replace(/\/+$/, ''));

const secret = z.string().trim().min(1).max(4096);

/** Département codes: metropolitan 01–95 (with 2A/2B), overseas 971–976. */
export const departementCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/, 'Code de département inconnu');

/** A SIRET is 14 digits whose Luhn sum is a multiple of 10. */
export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 14; i += 1) {
    let digit = Number(value[13 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export const siretSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, ''))
  .refine(isValidSiret, 'SIRET invalide (14 chiffres, clé de contrôle)');

function uniqueSubsetOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(z.enum(values))
    .transform((list) => values.filter((value) => list.includes(value)) as T[number][]);
}

/** One schema per key: the unit of validation, of precedence and of policy locking. */
export const settingSchemas = {
  environment: z.enum(ENVIRONMENTS),
  simulatorUrl: httpUrl,
  eventsApiUrl: httpUrl,
  partnerTokenUrl: httpUrl,
  franceConnectIssuer: httpUrl,
  statusApiUrl: httpUrl,
  apiParticulierUrl: httpUrl,
  partnerClientId: secret,
  partnerClientSecret: secret,
  franceConnectClientId: secret,
  franceConnectClientSecret: secret,
  apiParticulierToken: secret,
  recipientSiret: siretSchema,
  verificationModes: uniqueSubsetOf(VERIFICATION_MODES),
  statusFields: uniqueSubsetOf(STATUS_FIELDS),
  motifs: z.array(z.string().trim().min(1).max(120)).max(50),
  agentName: z.string().trim().min(1).max(120),
  departements: z
    .array(departementCodeSchema)
    .max(101)
    .transform((list) => [...new Set(list)]),
  journalRetentionDays: z.number().int().min(1).max(3650),
  resultClearMinutes: z.number().int().min(1).max(120),
  language: z.enum(LANGUAGES),
} as const;

export type SettingKey = keyof typeof settingSchemas;
export const SETTING_KEYS = Object.keys(settingSchemas) as SettingKey[];

export type Settings = {
  [K in SettingKey]: z.output<(typeof settingSchemas)[K]>;
};

/** Keys that hold credentials: masked in the UI, never sent to a UI page. */
export const SECRET_KEYS = [
  'partnerClientSecret',
  'franceConnectClientSecret',
  'apiParticulierToken',
] as const satisfies readonly SettingKey[];
export type SecretKey = (typeof SECRET_KEYS)[number];

/** Keys that may be absent (no default): the preset or nothing applies. */
export type OptionalSettingKey =
  | 'eventsApiUrl'
  | 'partnerTokenUrl'
  | 'franceConnectIssuer'
  | 'statusApiUrl'
  | 'apiParticulierUrl'
  | 'partnerClientId'
  | 'partnerClientSecret'
  | 'franceConnectClientId'
  | 'franceConnectClientSecret'
  | 'apiParticulierToken'
  | 'recipientSiret'
  | 'agentName';

export type ResolvedSettings = Omit<Settings, OptionalSettingKey> &
  Partial<Pick<Settings, OptionalSettingKey>>;

export const DEFAULT_MOTIFS = [
  'Instruction d’une demande d’aide sociale',
  'Ouverture ou révision de droits',
  'Accompagnement vers l’emploi',
  'Tarification sociale (transport, cantine, loisirs)',
];

/** Built-in defaults: the local simulator, everything visible, the documented retention. */
export const DEFAULT_SETTINGS: ResolvedSettings = {
  environment: 'simulator',
  simulatorUrl: SIMULATOR_DEFAULT_URL,
  verificationModes: ['franceconnect', 'identifiant'],
  statusFields: ['identite', 'contact', 'adresse', 'inscription'],
  motifs: DEFAULT_MOTIFS,
  departements: [],
  journalRetentionDays: 180,
  resultClearMinutes: 5,
  language: 'fr',
};

export type SettingSource = 'policy' | 'user' | 'default';

export interface SettingWarning {
  key: string;
  source: 'policy' | 'user';
  /** Why the value was ignored (developer-facing; the UI words it in French). */
  reason: 'unknown-key' | 'invalid-value';
}

export interface SettingsResolution {
  settings: ResolvedSettings;
  sources: Record<SettingKey, SettingSource>;
  warnings: SettingWarning[];
}

function parseLayer(
  layer: unknown,
  source: 'policy' | 'user',
  warnings: SettingWarning[],
): Partial<Settings> {
  const parsed: Partial<Record<SettingKey, unknown>> = {};
  if (layer === null || typeof layer !== 'object' || Array.isArray(layer)) return {};
  for (const [key, value] of Object.entries(layer)) {
    if (value === undefined || value === null) continue;
    if (!(key in settingSchemas)) {
      // The agent's own storage may hold keys of older versions: only policy typos matter.
      if (source === 'policy') warnings.push({ key, source, reason: 'unknown-key' });
      continue;
    }
    const result = settingSchemas[key as SettingKey].safeParse(value);
    if (result.success) parsed[key as SettingKey] = result.data;
    else warnings.push({ key, source, reason: 'invalid-value' });
  }
  return parsed as unknown as Partial<Settings>;
}

/** Merges policy > user > defaults, key by key; invalid values are dropped with a warning. */
export function resolveSettings(input: { policy?: unknown; user?: unknown }): SettingsResolution {
  const warnings: SettingWarning[] = [];
  const policy = parseLayer(input.policy, 'policy', warnings);
  const user = parseLayer(input.user, 'user', warnings);
  const settings = { ...DEFAULT_SETTINGS } as Record<SettingKey, unknown>;
  const sources = {} as Record<SettingKey, SettingSource>;
  for (const key of SETTING_KEYS) {
    if (key in policy) {
      settings[key] = policy[key];
      sources[key] = 'policy';
    } else if (key in user) {
      settings[key] = user[key];
      sources[key] = 'user';
    } else {
      sources[key] = 'default';
    }
  }
  return { settings: settings as ResolvedSettings, sources, warnings };
}
