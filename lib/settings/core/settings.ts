import { z } from 'zod';
import { MOTIF_MAX_LENGTH, normaliseMotif } from '../../status/core/check-rules';

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
import { normaliseDepartementCode } from './departements';
import { CONNECTION_KEYS, type ENDPOINT_URL_KEYS } from './connection-keys';
import { lockedKeys } from './locks';

export * from './constants';
export { CONNECTION_KEYS };

/** Loopback hosts, where plain http is acceptable (the simulator, a local gateway). */
function isLoopback(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/**
 * An absolute http(s) URL without embedded credentials or fragment, trailing slashes
 * dropped. `secure`: plain http only on loopback, since these URLs receive secrets.
 */
function endpointUrl(secure: boolean) {
  return z
    .string()
    .trim()
    .refine(
      (value) => {
        const url = parseUrl(value);
        if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return false;
        if (url.username || url.password || url.hash) return false;
        return !secure || url.protocol === 'https:' || isLoopback(url.hostname);
      },
      secure ? 'https URL expected (http only on 127.0.0.1/localhost)' : 'http(s) URL expected',
    )
    .transform((value) => value.replace(/\/+$/, ''));
}

const secureUrl = endpointUrl(true);
const loopbackUrl = endpointUrl(false).refine((value) => {
  const url = parseUrl(value);
  return url !== undefined && isLoopback(url.hostname);
}, 'a loopback URL expected (127.0.0.1, localhost, [::1])');

/** Département codes of ./departements (01–95 with 2A/2B, 971–974, 976), typed loosely ("1", "2a"). */
export const departementCodeSchema = z.string().transform((value, context) => {
  const code = normaliseDepartementCode(value);
  if (code === undefined) {
    context.addIssue({ code: 'custom', message: `Unknown département code "${value}"` });
    return z.NEVER;
  }
  return code as string;
});

/** La Poste's SIREN: its establishments' SIRETs follow a digit-sum rule instead of Luhn. */
const LA_POSTE_SIREN = '356000000';

/**
 * A SIRET is 14 digits whose Luhn sum is a multiple of 10 (INSEE's rule), except La
 * Poste's, whose plain digit sum is a multiple of 5.
 */
export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  const digits = [...value].map(Number);
  if (value.startsWith(LA_POSTE_SIREN) && value !== '35600000000048') {
    return digits.reduce((sum, digit) => sum + digit, 0) % 5 === 0;
  }
  let sum = 0;
  digits.reverse().forEach((digit, index) => {
    const weighted = index % 2 === 1 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  });
  return sum % 10 === 0;
}

/** A non-empty subset, in the canonical order, without duplicates. */
function subsetOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(z.enum(values))
    .min(1)
    .transform((list) => values.filter((value) => list.includes(value)) as T[number][]);
}

/**
 * A whole number in a range. Digit strings are accepted too: Firefox's policies.json and
 * some policy tools write numbers as strings.
 */
function wholeNumber(min: number, max: number) {
  return z
    .union([
      z.number(),
      z
        .string()
        .trim()
        .regex(/^\d{1,6}$/)
        .transform(Number),
    ])
    .pipe(z.number().int().min(min).max(max));
}

const label = z.string().trim().min(1).max(120);
/** An organisation's motif obeys the rule of the motif an agent types (lib/status/core). */
const motif = z
  .string()
  .max(MOTIF_MAX_LENGTH * 4)
  .transform(normaliseMotif)
  .pipe(z.string().min(1).max(MOTIF_MAX_LENGTH));

/** One schema per key: the unit of validation, of precedence and of policy locking. */
export const settingSchemas = {
  environment: z.enum(ENVIRONMENTS),
  /** The simulator is reached directly, and only on this machine. */
  simulatorUrl: loopbackUrl,
  /** The organisation gateway (passerelle): agents sign in there with ProConnect. */
  gatewayUrl: secureUrl,
  verificationModes: subsetOf(VERIFICATION_MODES),
  statusFields: subsetOf(STATUS_FIELDS),
  motifs: z
    .array(motif)
    .min(1)
    .max(50)
    .transform((list) => [...new Set(list)]),
  agentName: label,
  departements: z
    .array(departementCodeSchema)
    .max(101)
    .transform((list) => [...new Set(list)]),
  journalRetentionDays: wholeNumber(1, 3650),
  resultClearMinutes: wholeNumber(1, 120),
  language: z.enum(LANGUAGES),
} as const;

export type SettingKey = keyof typeof settingSchemas;
export const SETTING_KEYS = Object.keys(settingSchemas) as SettingKey[];

/**
 * What is the agent's own, the only keys the options page (or any page) may save: their
 * territory and their language. Everything else comes from the policy, the organisation's
 * gateway or the defaults; the connection above all is never the agent's to redirect.
 */
export const AGENT_KEYS = ['departements', 'language'] as const satisfies readonly SettingKey[];
export type AgentKey = (typeof AGENT_KEYS)[number];

export type Settings = {
  [K in SettingKey]: z.output<(typeof settingSchemas)[K]>;
};

/**
 * Keys of older versions the extension no longer reads, each with why: the upstream secrets
 * (the organisation's gateway keeps them) and the upstream services' addresses and client ids
 * (the gateway path does not use them; the direct mode uses the simulator's demo values only).
 * A policy (or an older version's storage) that still sets one is ignored, with a warning
 * naming the key; the background erases them from storage at start.
 */
const RETIRED_UPSTREAM_CREDENTIALS = [
  'partnerClientSecret',
  'franceConnectClientSecret',
  'apiParticulierToken',
] as const;
const RETIRED_CONNECTION_KEYS = [
  'eventsApiUrl',
  'partnerTokenUrl',
  'franceConnectIssuer',
  'statusApiUrl',
  'apiParticulierUrl',
  'partnerClientId',
  'franceConnectClientId',
  'recipientSiret',
] as const;

export type RetiredKey =
  (typeof RETIRED_UPSTREAM_CREDENTIALS)[number] | (typeof RETIRED_CONNECTION_KEYS)[number];
export const RETIRED_KEY_NAMES: readonly RetiredKey[] = [
  ...RETIRED_UPSTREAM_CREDENTIALS,
  ...RETIRED_CONNECTION_KEYS,
];

export function isRetiredKey(key: string): key is RetiredKey {
  return (RETIRED_KEY_NAMES as readonly string[]).includes(key);
}

/** Why a retired key is no longer read (the words of its warning). */
export function retiredBecause(key: RetiredKey): SettingWarning['reason'] {
  return (RETIRED_UPSTREAM_CREDENTIALS as readonly string[]).includes(key)
    ? 'secret-belongs-on-gateway'
    : 'connection-key-retired';
}

/** Keys that may be absent (no default): the preset or nothing applies. */
export type OptionalSettingKey = (typeof ENDPOINT_URL_KEYS)[number] | 'agentName';

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
  reason:
    | 'unknown-key'
    | 'invalid-value'
    | 'secret-belongs-on-gateway'
    | 'connection-key-retired'
    | 'environment-missing';
}

export interface SettingsResolution {
  settings: ResolvedSettings;
  sources: Record<SettingKey, SettingSource>;
  warnings: SettingWarning[];
  /** Keys the agent may not change (see locks.ts). */
  locked: SettingKey[];
}

function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(settingSchemas, key);
}

/**
 * An absent value: null, undefined, or an empty string (policy editors write "" for unset;
 * the options page sends "" for "back to the default").
 */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function parseLayer(
  layer: unknown,
  source: 'policy' | 'user',
  warnings: SettingWarning[],
): Partial<Settings> {
  const parsed: Partial<Record<SettingKey, unknown>> = {};
  if (layer === null || typeof layer !== 'object' || Array.isArray(layer)) return {};
  for (const [key, value] of Object.entries(layer)) {
    if (isBlank(value)) continue;
    if (isRetiredKey(key)) {
      warnings.push({ key, source, reason: retiredBecause(key) });
      continue;
    }
    if (!isSettingKey(key)) {
      // The agent's own storage may hold keys of older versions: only policy typos matter.
      if (source === 'policy') warnings.push({ key, source, reason: 'unknown-key' });
      continue;
    }
    const result = settingSchemas[key].safeParse(value);
    if (result.success) parsed[key] = result.data;
    else warnings.push({ key, source, reason: 'invalid-value' });
  }
  return parsed as unknown as Partial<Settings>;
}

/**
 * Merges policy > user > defaults, key by key; invalid values are dropped with a warning
 * (the next source applies). Pure: the store (settings-store.ts) does the reading.
 */
export function resolveSettings(input: { policy?: unknown; user?: unknown }): SettingsResolution {
  const warnings: SettingWarning[] = [];
  const policy = parseLayer(input.policy, 'policy', warnings);
  const user = parseLayer(input.user, 'user', warnings);
  // A policy that configures the extension without a valid environment is a real
  // deployment: never the simulator preset (which would send its requests to 127.0.0.1).
  const raw = (
    input.policy && typeof input.policy === 'object' && !Array.isArray(input.policy) ? input.policy : {}
  ) as Record<string, unknown>;
  const setInRaw = (key: string) => Object.hasOwn(raw, key) && !isBlank(raw[key]);
  const configuresConnection =
    CONNECTION_KEYS.some((key) => key in policy) ||
    RETIRED_KEY_NAMES.some(setInRaw) ||
    setInRaw('environment');
  if (configuresConnection && !('environment' in policy)) {
    policy.environment = 'production';
    warnings.push({ key: 'environment', source: 'policy', reason: 'environment-missing' });
  }
  const locked = lockedKeys(SETTING_KEYS, (key) => key in policy);
  const settings = { ...DEFAULT_SETTINGS } as Record<SettingKey, unknown>;
  const sources = {} as Record<SettingKey, SettingSource>;
  for (const key of SETTING_KEYS) {
    if (key in policy) {
      settings[key] = policy[key];
      sources[key] = 'policy';
    } else if (key in user && !locked.includes(key)) {
      settings[key] = user[key];
      sources[key] = 'user';
    } else {
      sources[key] = 'default';
    }
  }
  return { settings: settings as ResolvedSettings, sources, warnings, locked };
}
