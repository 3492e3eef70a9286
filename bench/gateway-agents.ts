/**
 * Agents of the gateway load bench: each one signed in through the real flow (the gateway's
 * OAuth server, the simulated ProConnect's login form, PKCE, the code redeemed with DPoP), with
 * its own ES256 key, so that every request carries a DPoP-bound token and a fresh proof.
 */
import { createHash, KeyObject, randomUUID, sign, webcrypto } from 'node:crypto';
import * as client from 'openid-client';
import { expectRedirect, TestBrowser } from '../gateway/test/browser';
import { EXTENSION_ORIGINS, EXTENSION_REDIRECT, pickAgent } from '../gateway/test/harness';

export interface BenchAgent {
  accessToken: string;
  /** `DPoP <token>`. */
  authorization: string;
  /** Signs a proof synchronously (load tools build requests synchronously). */
  proof(htm: string, htu: string): string;
}

const b64 = (value: string | Buffer) => Buffer.from(value).toString('base64url');

async function agentKey() {
  // Extractable here so that the bench can sign proofs with node:crypto (the extension's key is
  // not): the gateway sees the same ES256 proofs either way.
  const pair = (await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const jwk = await webcrypto.subtle.exportKey('jwk', pair.publicKey);
  return {
    pair,
    jwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y },
    signer: KeyObject.from(pair.privateKey),
  };
}

/** One sign-in as the extension does it; `who` is a simulated ProConnect agent's key. */
async function signInOne(config: client.Configuration, who: string): Promise<BenchAgent> {
  const key = await agentKey();
  const dpop = client.getDPoPHandle(config, key.pair);
  const browser = new TestBrowser(EXTENSION_ORIGINS);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: EXTENSION_REDIRECT,
    scope: 'openid offline_access',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
  });
  const callback = expectRedirect(await pickAgent(browser, await browser.visit(url), who));
  const tokens = await client.authorizationCodeGrant(
    config,
    callback,
    { pkceCodeVerifier: codeVerifier, expectedState: state },
    undefined,
    { DPoP: dpop },
  );
  const accessToken = tokens.access_token;
  const header = b64(JSON.stringify({ alg: 'ES256', typ: 'dpop+jwt', jwk: key.jwk }));
  const ath = createHash('sha256').update(accessToken).digest('base64url');
  return {
    accessToken,
    authorization: `DPoP ${accessToken}`,
    proof(htm, htu) {
      const payload = b64(
        JSON.stringify({ htm, htu, jti: randomUUID(), iat: Math.floor(Date.now() / 1000), ath }),
      );
      const input = `${header}.${payload}`;
      const signature = sign('sha256', Buffer.from(input), { key: key.signer, dsaEncoding: 'ieee-p1363' });
      return `${input}.${b64(signature)}`;
    },
  };
}

/** `count` agents, alternately of the two demo organisations, `concurrency` sign-ins at a time. */
export async function signInAgents(issuer: string, count: number, concurrency = 6): Promise<BenchAgent[]> {
  const config = await client.discovery(
    new URL(issuer),
    'guichet-emploi-extension',
    undefined,
    client.None(),
    {
      execute: [client.allowInsecureRequests],
    },
  );
  const who = ['riom-agent', 'ccas-agent'];
  const agents: BenchAgent[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        agents[i] = await signInOne(config, who[i % who.length] as string);
      }
    }),
  );
  return agents;
}
