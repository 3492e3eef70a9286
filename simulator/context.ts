/** What every route handler receives: the request, the response and the simulator's state. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import type { SalonEnLigne } from '../lib/events/core/wire/salons-en-ligne';
import type { SimEvent } from './data/events';
import type { Fault, FaultState } from './faults';
import type { PartnerTokenStore } from './oauth/partner-token-store';
import type { RateLimiter } from './rate-limit';

export interface SimulatorState {
  origin: string;
  seed: string;
  referenceDate: Date;
  events: SimEvent[];
  eventsById: Map<number, SimEvent>;
  salons: SalonEnLigne[];
  partnerTokens: PartnerTokenStore;
  faults: FaultState;
  franceTravailLimiter: RateLimiter;
  apiParticulierLimiter: RateLimiter;
  provider: Provider;
  /**
   * Answers sent, by route path (`/partenaire/…`, never a query string) and status: what a
   * load test counts upstream (refreshes, 429s). Cleared by `/__admin/reset`.
   */
  answered: Map<string, Map<number, number>>;
}

export interface SimContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
  /** Faults that apply to this request (global + asked for). */
  faults: Set<Fault>;
  app: SimulatorState;
}

export type Handler = (ctx: SimContext) => Promise<void> | void;
