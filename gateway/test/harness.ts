/**
 * Starts what a sign-in test needs, over real HTTP on random ports: the simulator (with its
 * ProConnect), a gateway on a test database, and the extension's side as a real OAuth client
 * (openid-client, public client, PKCE, DPoP with a non-extractable ES256 key).
 */
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import * as client from 'openid-client';
import { findAgentByKey } from '../../simulator/data/agents';
import type { RunningSimulator } from '../../simulator/server';
import { startSimulator } from '../../simulator/server';
import type { LoadedConfig } from '../src/config/load';
import { validateConfig } from '../src/config/load';
import type { DatabaseHandle } from '../src/db/open';
import { createLogger } from '../src/log/logger';
import type { RunningGateway } from '../src/server';
import { startGateway } from '../src/server';
import type { TestDatabase } from './databases';
import { expectPage, expectRedirect, formAction, TestBrowser } from './browser';
import type { Visit } from './browser';
import { freePort } from './postgres-cluster';
import { testEnv } from './secrets';

export const EXTENSION_REDIRECT = 'https://elangemhemgkbajjllcmdnnfleoelhfk.chromiumapp.org/';
export const EXTENSION_ORIGINS = [
  'https://elangemhemgkbajjllcmdnnfleoelhfk.chromiumapp.org',
  'https://0a2c2d3158de7b3e89337ad4cdfae4b99af87f87.extensions.allizom.org',
];

export function startTestSimulator(): Promise<RunningSimulator> {
  return startSimulator({ port: 0, quiet: true, seed: 'gateway-tests' });
}

/** The demo configuration, pointed at this simulator, this database and this port. */
export function testConfigDocument(options: {
  port: number;
  simulatorUrl: string;
  database: TestDatabase;
}): Record<string, unknown> {
  const document = JSON.parse(readFileSync('gateway/config/demo.json', 'utf8')) as Record<string, unknown>;
  document.publicUrl = `http://127.0.0.1:${options.port}`;
  document.listen = { host: '127.0.0.1', port: options.port };
  (document.proconnect as Record<string, unknown>).issuer = `${options.simulatorUrl}/proconnect`;
  document.database =
    options.database.kind === 'postgres'
      ? { kind: 'postgres', url: { env: 'GATEWAY_DATABASE_URL' }, poolSize: 5 }
      : { kind: 'pglite', dataDir: options.database.dataDir };
  return document;
}

export class LogCapture extends Writable {
  readonly lines: Array<Record<string, unknown>> = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) this.lines.push(JSON.parse(line));
    done();
  }
  text(): string {
    return this.lines.map((line) => JSON.stringify(line)).join('\n');
  }
}

export interface TestGateway extends RunningGateway {
  loaded: LoadedConfig;
  logs: LogCapture;
  issuer: string;
}

export async function startTestGateway(options: {
  simulator: RunningSimulator;
  database: TestDatabase;
  /** Shared with the test (PGlite allows one opener); postgres opens its own pool when absent. */
  handle?: DatabaseHandle;
  env?: Record<string, string>;
  edit?: (document: Record<string, unknown>) => void;
}): Promise<TestGateway> {
  const port = await freePort();
  const document = testConfigDocument({
    port,
    simulatorUrl: options.simulator.url,
    database: options.database,
  });
  options.edit?.(document);
  const env = { ...(options.env ?? testEnv()), GATEWAY_DATABASE_URL: options.database.url ?? '' };
  const loaded = validateConfig(document, { file: 'test.json', env, baseDir: process.cwd() });
  const logs = new LogCapture();
  const running = await startGateway(loaded, {
    logger: createLogger('info', logs),
    ...(options.handle ? { database: options.handle } : {}),
  });
  return Object.assign(running, { loaded, logs, issuer: `${loaded.config.publicUrl}/oauth` });
}

/** The extension's side: a public OAuth client with its own DPoP key. */
export class ExtensionClient {
  private constructor(
    readonly config: client.Configuration,
    readonly keyPair: CryptoKeyPair,
    readonly dpop: client.DPoPHandle,
  ) {}

  static async create(issuer: string, clientId = 'guichet-emploi-extension'): Promise<ExtensionClient> {
    const config = await client.discovery(new URL(issuer), clientId, undefined, client.None(), {
      execute: [client.allowInsecureRequests],
    });
    const keyPair = await client.randomDPoPKeyPair('ES256');
    return new ExtensionClient(config, keyPair, client.getDPoPHandle(config, keyPair));
  }

  async authorizationRequest(extra: Record<string, string> = {}) {
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const url = client.buildAuthorizationUrl(this.config, {
      redirect_uri: EXTENSION_REDIRECT,
      scope: 'openid offline_access',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      ...extra,
    });
    return { url, codeVerifier, state };
  }

  redeem(callback: URL, checks: { codeVerifier: string; state: string }) {
    return client.authorizationCodeGrant(
      this.config,
      callback,
      { pkceCodeVerifier: checks.codeVerifier, expectedState: checks.state },
      undefined,
      { DPoP: this.dpop },
    );
  }

  refresh(refreshToken: string) {
    return client.refreshTokenGrant(this.config, refreshToken, undefined, { DPoP: this.dpop });
  }

  revoke(token: string) {
    return client.tokenRevocation(this.config, token);
  }

  /** A DPoP-bound API call; a 401 challenge comes back as the response, not an exception. */
  async api(gatewayUrl: string, path: string, accessToken: string): Promise<Response> {
    try {
      return await client.fetchProtectedResource(
        this.config,
        accessToken,
        new URL(path, gatewayUrl),
        'GET',
        undefined,
        undefined,
        { DPoP: this.dpop },
      );
    } catch (error) {
      if (error instanceof client.WWWAuthenticateChallengeError) return error.response;
      throw error;
    }
  }
}

/** Picks an agent on the simulated ProConnect's login page (the form a person would submit). */
export async function pickAgent(browser: TestBrowser, loginPage: Visit, agentKey: string): Promise<Visit> {
  const page = expectPage(loginPage);
  if (!findAgentByKey(agentKey)) throw new Error(`unknown test agent ${agentKey}`);
  const action = formAction(page, /\/proconnect\/interaction\//);
  return browser.visit(action, { form: { agent: agentKey, decision: 'continuer' } });
}

/** The whole sign-in of one agent, from the extension's authorization request to its tokens. */
export async function signIn(gateway: TestGateway, agentKey: string, extension?: ExtensionClient) {
  const ext = extension ?? (await ExtensionClient.create(gateway.issuer));
  const browser = new TestBrowser(EXTENSION_ORIGINS);
  const request = await ext.authorizationRequest();
  const login = await browser.visit(request.url);
  const callback = expectRedirect(await pickAgent(browser, login, agentKey));
  const tokens = await ext.redeem(callback, request);
  return { ext, browser, tokens };
}
