/**
 * The few parts of oidc-provider 9 (which ships no types) the simulator uses. Kept local so
 * the project needs no extra package; @types/oidc-provider could replace it.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface KoaContextWithOIDC {
    path: string;
    method: string;
    type: string;
    body: unknown;
    oidc: { result?: { login?: { accountId: string } }; [key: string]: unknown };
  }

  export interface Account {
    accountId: string;
    claims(use: string, scope: string): Promise<Record<string, unknown>> | Record<string, unknown>;
  }

  export type Configuration = Record<string, unknown> & {
    findAccount?: (ctx: KoaContextWithOIDC, sub: string) => Promise<Account | undefined>;
    renderError?: (
      ctx: KoaContextWithOIDC,
      out: { error: string; error_description?: string },
      error: Error,
    ) => Promise<void>;
    clientBasedCORS?: (ctx: KoaContextWithOIDC, origin: string, client: unknown) => boolean;
    interactions?: {
      policy?: unknown;
      url?: (ctx: KoaContextWithOIDC, interaction: { uid: string }) => string;
    };
    features?: Record<string, unknown> & {
      rpInitiatedLogout?: {
        enabled: boolean;
        logoutSource?: (ctx: KoaContextWithOIDC, form: string) => Promise<void>;
        postLogoutSuccessSource?: (ctx: KoaContextWithOIDC) => Promise<void>;
      };
    };
  };

  export interface AccessTokenInstance {
    accountId?: string;
    clientId?: string;
    grantId?: string;
    isExpired: boolean;
    scopes: Set<string>;
    destroy(): Promise<void>;
  }

  export interface GrantInstance {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
    destroy(): Promise<void>;
  }

  export interface InteractionDetails {
    uid: string;
    params: Record<string, unknown>;
    prompt: { name: string; details: Record<string, unknown> };
  }

  export interface InteractionResults {
    login?: { accountId: string; acr?: string };
    consent?: { grantId: string };
    error?: string;
    error_description?: string;
  }

  class Provider {
    constructor(issuer: string, configuration?: Configuration);
    issuer: string;
    proxy: boolean;
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    on(event: string, listener: (...args: unknown[]) => void): this;
    use(
      middleware: (
        ctx: { method: string; path: string; status: number; body: unknown; get(header: string): string },
        next: () => Promise<void>,
      ) => Promise<void>,
    ): void;
    AccessToken: { find(token: string): Promise<AccessTokenInstance | undefined> };
    Grant: {
      new (init: { accountId: string; clientId: string }): GrantInstance;
      find(id: string): Promise<GrantInstance | undefined>;
    };
    Client: {
      find(id: string): Promise<{ clientId: string; clientName?: string } | undefined>;
      prototype: {
        redirectUriAllowed(value: string): boolean;
        postLogoutRedirectUriAllowed(value: string): boolean;
      };
    };
  }
  export default Provider;
  export { Provider };

  export const interactionPolicy: {
    base(): Array<{ name: string; checks: unknown[] }> & {
      get(name: string): { name: string; checks: unknown[] } | undefined;
    };
    Check: {
      new (reason: string, description: string, check: (ctx: KoaContextWithOIDC) => boolean): unknown;
      REQUEST_PROMPT: true;
      NO_NEED_TO_PROMPT: false;
    };
  };
  export const errors: Record<string, new (description?: string) => Error>;
}
