/**
 * The gateway as ProConnect's confidential client (openid-client 6): client_secret_post with
 * the secret from the environment, authorization code with PKCE S256, state and nonce, signed
 * userinfo. The provider's metadata is discovered on first use and kept per process (public
 * data, re-fetched after a failure); nothing of a sign-in lives in memory.
 */
import * as client from 'openid-client';
import type { LoadedConfig } from '../config/load';

export const PROCONNECT_SCOPES = 'openid given_name usual_name email uid siret idp_id';
export const CALLBACK_PATH = '/auth/proconnect/callback';
export const LOGGED_OUT_PATH = '/auth/proconnect/logged-out';
const TIMEOUT_MS = 10_000;

export interface ProConnect {
  configuration(): Promise<client.Configuration>;
  callbackUrl: string;
  loggedOutUrl: string;
}

export function proConnectClient(loaded: LoadedConfig): ProConnect {
  const { config, secrets } = loaded;
  const pc = config.proconnect;
  let pending: Promise<client.Configuration> | undefined;
  const timedFetch: client.CustomFetch = (url, options) =>
    fetch(url, { ...options, signal: AbortSignal.timeout(TIMEOUT_MS) } as RequestInit);

  return {
    callbackUrl: `${config.publicUrl}${CALLBACK_PATH}`,
    loggedOutUrl: `${config.publicUrl}${LOGGED_OUT_PATH}`,
    configuration() {
      pending ??= client
        .discovery(
          new URL(pc.issuer),
          pc.clientId,
          {
            id_token_signed_response_alg: pc.idTokenSignedResponseAlg,
            userinfo_signed_response_alg: pc.userinfoSignedResponseAlg,
          },
          client.ClientSecretPost(secrets.get(pc.clientSecret)),
          {
            [client.customFetch]: timedFetch,
            // Plain http is only ever accepted by the configuration on loopback (the simulator).
            execute: pc.issuer.startsWith('http:') ? [client.allowInsecureRequests] : [],
          },
        )
        .catch((error: unknown) => {
          pending = undefined;
          throw error;
        });
      return pending;
    },
  };
}
