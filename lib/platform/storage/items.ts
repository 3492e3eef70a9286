import { storage } from 'wxt/utils/storage';
import type { OrganisationSettings } from '../../gateway-api/core/wire';
import type { EmploymentEvent } from '../../events/core/event';
import { upgradeCachedEvent } from '../../events/core/cache-upgrade';
import type { SettingKey } from '../../settings/core/settings';
import type { JournalEntry } from '../../journal/core/types';
import type { AgentProfile } from '../../agent-session/core/agent';
import { lazyItem } from './lazy-item';

/**
 * The catalogue of everything the extension stores, each item with its area:
 * - `session:` memory only, cleared when the browser closes: tokens (and the signed-in agent's
 *   own profile beside their gateway token);
 * - `local:` on disk: public data (events), the agent's settings, the journal (which holds
 *   no personal data: fingerprints, not identifiers) and the agent's gateway refresh token,
 *   DPoP-bound to a non-extractable key kept in IndexedDB (useless without that key).
 * Nothing goes to `sync:`. A verified person's data is never stored anywhere.
 */

/** Partner (client credentials) access token, with its expiry (epoch ms). */
export interface StoredPartnerToken {
  accessToken: string;
  expiresAt: number;
  /** Token URL + client id it was issued for: a settings change invalidates it. */
  audience: string;
}

export const partnerTokenItem = storage.defineItem<StoredPartnerToken | null>('session:partnerToken', {
  fallback: null,
});

/**
 * The FranceConnect session of the person at the counter, while one check runs: what ending
 * that session needs (its id_token as the hint). Removed as soon as the session is ended.
 */
export interface StoredFranceConnectSession {
  idToken: string;
  endSessionEndpoint: string | null;
  redirectUri: string;
}

export const franceConnectSessionItem = storage.defineItem<StoredFranceConnectSession | null>(
  'session:franceConnectSession',
  { fallback: null },
);

/**
 * The signed-in agent's access to the organisation gateway: a DPoP-bound access token of a
 * few minutes, the id_token kept as the sign-out hint, and who the gateway says the agent is.
 */
export interface StoredAgentAccess {
  /** The gateway these belong to: a settings change makes them unusable. */
  gateway: string;
  accessToken: string;
  /** Epoch ms. */
  expiresAt: number;
  idToken?: string;
  profile?: AgentProfile;
}

export const agentAccessItem = storage.defineItem<StoredAgentAccess | null>('session:agentAccess', {
  fallback: null,
});

/**
 * The agent's rotating refresh token (a working day at most), so that the session survives
 * the browser being restarted. DPoP-bound: without the private key in IndexedDB it is refused.
 */
export interface StoredAgentRefresh {
  gateway: string;
  refreshToken: string;
}

export const agentRefreshItem = storage.defineItem<StoredAgentRefresh | null>('local:agentRefresh', {
  fallback: null,
});

/** The full events cache of the agent's territory. Public data only. */
export interface EventsCache {
  fetchedAt: string;
  /** Département codes the cache was fetched for (empty = all of France). */
  territory: string[];
  /** The events API it came from: a cache of another environment is never served as fresh. */
  source?: string;
  events: EmploymentEvent[];
  dropped: number;
  /**
   * Keys of the online fairs that concern the territory (national ones included), by their
   * `localisation` (lib/events/core/fair-relevance.ts). Absent from caches of older versions,
   * which are then refreshed.
   */
  concernedFairs?: string[];
}

/**
 * Version 2: events carry their time zone, instants read from `dateEvenement`, the real type
 * codes (issue 19). A version-1 cache keeps its events, on Paris time with their codes read
 * anew, and loses its `source`, so the next refresh does not take it for fresh and replaces it.
 * (WXT keeps the old value when a migration returns null: an upgrade, not a drop.)
 */
function upgradeEvents<C extends { events: Parameters<typeof upgradeCachedEvent>[0][]; source?: string }>(
  cache: C | null,
): C | null {
  if (!cache || !Array.isArray(cache.events)) return cache;
  const { source: _stale, ...rest } = cache;
  return { ...rest, events: cache.events.map(upgradeCachedEvent) } as C;
}
const upgradeOlderEvents = { 2: upgradeEvents };

/** The events cache's current version (WXT keeps it in `eventsCache$`). */
export const EVENTS_CACHE_VERSION = 2;

/**
 * Defined on first use: pages that never read the cache (the popup) do not load it. (Defining
 * it reads the whole value once to check its version, before any `getValue` reads it again.)
 */
export const eventsCacheItem = lazyItem(() =>
  storage.defineItem<EventsCache | null>('local:eventsCache', {
    fallback: null,
    version: EVENTS_CACHE_VERSION,
    migrations: upgradeOlderEvents,
  }),
);

/** An event as the popup shows it: no description. */
export type DigestEvent = Omit<EmploymentEvent, 'descriptionHtml'>;

/**
 * The small slice of the cache the popup paints from at once: the territory's next events,
 * then the online fairs that concern it, each group with its full count.
 */
export interface EventsDigest {
  fetchedAt: string;
  territory: string[];
  total: number;
  /** The territory's next events, in person and remote (MEE), by date. */
  local: DigestEvent[];
  /** The online fairs that concern the territory or all of France: running first, then by date. */
  fairs: DigestEvent[];
  /** How many of each there are in all (not over), so the popup can say how many more. */
  localTotal: number;
  fairsTotal: number;
  /**
   * The side panel's first rows: the cache's first events by date, not over at refresh time
   * (its unfiltered list), so that it paints before reading and indexing the whole cache.
   * Absent from older digests: the panel then waits for the cache.
   */
  head?: DigestHead;
}

export interface DigestHead {
  events: DigestEvent[];
  /** The online fairs among `events` that concern the territory (filter "Pour mon territoire"). */
  concernedFairs: string[];
}

export const eventsDigestItem = storage.defineItem<EventsDigest | null>('local:eventsDigest', {
  fallback: null,
  version: 2,
  migrations: upgradeOlderEvents,
});

/**
 * Whether a stored digest has this version's shape: an older version's digest (one list) is
 * not painted, and the refresh that follows replaces it (its cache lacks `concernedFairs`).
 */
export function isCurrentDigest(digest: EventsDigest | null | undefined): digest is EventsDigest {
  return !!digest && Array.isArray(digest.local) && Array.isArray(digest.fairs);
}

/** Last refresh failure, so the UI can say it works from an older list. */
export interface RefreshFailure {
  at: string;
  code: string;
}

export const eventsRefreshFailureItem = storage.defineItem<RefreshFailure | null>(
  'local:eventsRefreshFailure',
  { fallback: null },
);

/** The agent's own settings from the options page (policy values are never copied here). */
export const userSettingsItem = storage.defineItem<Partial<Record<SettingKey, unknown>>>(
  'local:userSettings',
  {
    fallback: {},
    version: 1,
  },
);

/** The side panel's search filters, kept between sessions (public data only). */
export const eventFiltersItem = storage.defineItem<Record<string, unknown> | null>('local:eventFilters', {
  fallback: null,
});

/** The consultation journal. */
export const journalItem = lazyItem(() =>
  storage.defineItem<JournalEntry[]>('local:journal', {
    fallback: [],
    version: 1,
  }),
);

/**
 * When the old local journal was handed over (exported or declined) and deleted, once the
 * gateway keeps the journal: it is never offered again.
 */
export const localJournalMigrationItem = storage.defineItem<{ doneAt: string } | null>(
  'local:journalMigration',
  { fallback: null },
);

/** Per-installation HMAC key (JWK) for identifier fingerprints. */
export const journalKeyItem = storage.defineItem<JsonWebKey | null>('local:journalKey', {
  fallback: null,
});

/** The side panel's views, by id. */
export type PanelView = 'events' | 'status' | 'journal';

/** The view the side panel should show; the panel reads it when it opens and watches it. */
/** What the popup asks the events view to show: one event's detail, or the territory's list. */
export interface PanelTarget {
  eventKey?: string;
  /** "territory": the list the popup summed up (filter "Pour mon territoire", others cleared). */
  list?: 'territory';
}

export interface PanelRequest extends PanelTarget {
  view: PanelView;
  at: number;
}

export const panelRequestItem = storage.defineItem<PanelRequest | null>('session:panelRequest', {
  fallback: null,
});

/**
 * The organisation's settings as its gateway last gave them for the signed-in agent (rules,
 * no secret, no person's data), so a page opened while the gateway is slow still has them.
 */
export interface StoredOrganisationSettings {
  gateway: string;
  settings: OrganisationSettings;
  at: number;
}
export const organisationSettingsItem = storage.defineItem<StoredOrganisationSettings | null>(
  'session:organisationSettings',
  { fallback: null },
);

/** The ETag of the gateway's events copy this browser's cache holds (If-None-Match). */
export interface StoredEventsTag {
  origin: string;
  territory: string[];
  etag: string;
}
export const gatewayEventsTagItem = storage.defineItem<StoredEventsTag | null>('local:gatewayEventsTag', {
  fallback: null,
});
