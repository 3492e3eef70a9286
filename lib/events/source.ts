import type { ErrorCode, Result } from '../core/app-error';
import type { EmploymentEvent } from './core/event';

/** Every event of a territory, as one fetch gives it. */
export interface TerritoryEvents {
  events: EmploymentEvent[];
  /** Malformed items dropped while parsing. */
  dropped: number;
  /** Upstream requests it took (0 when served from a cache). */
  requests: number;
  /**
   * Epoch ms when this copy was fetched from France Travail, when the source serves a copy
   * (the organisation gateway's); absent: fetched now.
   */
  fetchedAt?: number;
  /**
   * Why the copy is older than wanted (the gateway could not refresh it, or serves its last
   * copy while its database is down): the UI shows it as a list that could not be updated.
   */
  staleCode?: ErrorCode;
}

/**
 * Where events come from, in the domain's terms: the background's handlers and the
 * extension's cache ask this, never an HTTP path. "Direct" (./direct-source.ts) calls the
 * France Travail APIs from the extension; an organisation gateway is a second implementation.
 */
export interface EventsSource {
  /** Names the source (its address): a cache is served only for the source that filled it. */
  readonly origin: string;
  /**
   * Every event of a territory from `now`'s Paris day on, online fairs included, sorted by
   * start; no département means all of France.
   */
  territory(departements: readonly string[], now: number): Promise<Result<TerritoryEvents>>;
  /** Fresh detail of one event. */
  event(source: EmploymentEvent['source'], id: string): Promise<Result<EmploymentEvent>>;
}
