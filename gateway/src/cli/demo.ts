/**
 * `npm run gateway`: the gateway on 127.0.0.1:8788 with the embedded database (PGlite, data in
 * gateway/.data/, ignored by git) and the simulator's upstreams. When nothing answers on the
 * simulator's port, the simulator is started in this process (and the banner says so).
 *
 * The demo's keys are generated once into gateway/.data/demo-secrets/ and passed as *_FILE
 * variables, like a deployment would; the upstream secrets are the simulator's public demo
 * values (lib/settings/core/demo-credentials.ts for the upstream services, simulator/data/gateway-clients.ts for the gateway's own clients).
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { API_PARTICULIER_TEST_TOKENS, DEMO_CREDENTIALS } from '../../../lib/settings/core/demo-credentials';
import { GATEWAY_DEMO_CREDENTIALS } from '../../../simulator/data/gateway-clients';
import { ConfigError, loadConfigFile } from '../config/load';
import { serveUntilStopped } from './serve';
import { unsupportedNodeMessage } from './node-version';

const CONFIG = resolve('gateway/config/demo.json');
const SECRETS_DIR = resolve('gateway/.data/demo-secrets');
const SIMULATOR_PORT = 8787;

function demoSecretFiles(): Record<string, string> {
  mkdirSync(SECRETS_DIR, { recursive: true, mode: 0o700 });
  const files = {
    GATEWAY_SIGNING_KEY_FILE: join(SECRETS_DIR, 'signing-key.jwk.json'),
    GATEWAY_COOKIE_KEYS_FILE: join(SECRETS_DIR, 'cookie-keys'),
    // Part 2: each organisation's journal fingerprint key.
    RIOM_JOURNAL_KEY_FILE: join(SECRETS_DIR, 'riom-journal-key'),
    CCAS_JOURNAL_KEY_FILE: join(SECRETS_DIR, 'ccas-journal-key'),
  };
  for (const file of [files.RIOM_JOURNAL_KEY_FILE, files.CCAS_JOURNAL_KEY_FILE]) {
    if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  if (!existsSync(files.GATEWAY_SIGNING_KEY_FILE)) {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = { ...privateKey.export({ format: 'jwk' }), kid: `demo-${randomBytes(4).toString('hex')}` };
    writeFileSync(files.GATEWAY_SIGNING_KEY_FILE, JSON.stringify(jwk), { mode: 0o600 });
  }
  if (!existsSync(files.GATEWAY_COOKIE_KEYS_FILE)) {
    writeFileSync(files.GATEWAY_COOKIE_KEYS_FILE, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return files;
}

async function simulatorAnswers(): Promise<boolean> {
  try {
    const answer = await fetch(
      `http://127.0.0.1:${SIMULATOR_PORT}/proconnect/.well-known/openid-configuration`,
      {
        signal: AbortSignal.timeout(1500),
      },
    );
    return answer.ok;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const unsupported = unsupportedNodeMessage();
  if (unsupported) {
    process.stderr.write(unsupported);
    process.exit(1);
  }
  const env: Record<string, string | undefined> = {
    PROCONNECT_CLIENT_SECRET: GATEWAY_DEMO_CREDENTIALS.proConnect.clientSecret,
    FRANCECONNECT_CLIENT_SECRET: GATEWAY_DEMO_CREDENTIALS.franceConnect.clientSecret,
    FRANCE_TRAVAIL_CLIENT_SECRET: DEMO_CREDENTIALS.partner.clientSecret,
    RIOM_API_PARTICULIER_TOKEN: DEMO_CREDENTIALS.apiParticulier.token,
    // The CCAS's habilitation leaves out the registration and contact scopes: the demo shows
    // the "not in your habilitation" state (issue 19) with a CCAS agent.
    CCAS_API_PARTICULIER_TOKEN: API_PARTICULIER_TEST_TOKENS.partialScopes,
    ...demoSecretFiles(),
    // Whatever the caller set wins (e.g. another log level).
    ...process.env,
  };
  const loaded = loadConfigFile(CONFIG, env);

  let simulatorLine = `  simulator      http://127.0.0.1:${SIMULATOR_PORT} (already running)`;
  if (!(await simulatorAnswers())) {
    const { startSimulator } = await import('../../../simulator/server');
    const simulator = await startSimulator({ port: SIMULATOR_PORT, quiet: true });
    simulatorLine = `  simulator      ${simulator.url} (nothing answered on its port: started in this process)`;
  }
  await serveUntilStopped(loaded, [
    simulatorLine,
    '  demo agents    simulator/IDENTITIES.md (ProConnect): Camille Martin (Riom), Sacha Petit (CCAS)…',
  ]);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
