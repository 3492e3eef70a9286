/**
 * CLI: `npx tsx simulator/main.ts [--port 8787] [--seed demo] [--date 2025-03-01]
 *   [--panne 503] [--lent-ms 3000] [--token-lifetime 60] [--redirect-uri URL] [--quiet]`
 */
import { parseArgs } from 'node:util';
import { DEMO_CREDENTIALS } from '../lib/settings/core/demo-credentials';
import { GATEWAY_DEMO_CREDENTIALS } from './data/gateway-clients';
import { FAULT_NAMES, parseFaults } from './faults';
import { DEFAULT_PORT, startSimulator } from './server';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: String(DEFAULT_PORT) },
    seed: { type: 'string' },
    date: { type: 'string' },
    panne: { type: 'string', multiple: true },
    'lent-ms': { type: 'string' },
    'token-lifetime': { type: 'string' },
    'redirect-uri': { type: 'string', multiple: true },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});

if (values.help) {
  console.log(
    'Usage: npx tsx simulator/main.ts [--port 8787] [--seed demo] [--date yyyy-MM-dd] [--panne <panne>]... [--lent-ms 3000] [--token-lifetime <s>] [--redirect-uri <url>]... [--quiet]',
  );
  console.log(`Pannes : ${FAULT_NAMES.join(', ')}`);
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`--port: expected a port number, received "${values.port}"`);
const referenceDate = values.date ? new Date(`${values.date}T12:00:00Z`) : undefined;
if (referenceDate && Number.isNaN(referenceDate.getTime()))
  fail(`--date: expected yyyy-MM-dd, received "${values.date}"`);
const { faults, unknown } = parseFaults((values.panne ?? []).join(','));
if (unknown.length)
  fail(`--panne: unknown fault(s) ${unknown.join(', ')}; expected one of ${FAULT_NAMES.join(', ')}`);
const slowMs = values['lent-ms'] ? Number(values['lent-ms']) : undefined;
const lifetime = values['token-lifetime'] ? Number(values['token-lifetime']) : undefined;

const simulator = await startSimulator({
  port,
  ...(values.seed ? { seed: values.seed } : {}),
  ...(referenceDate ? { referenceDate } : {}),
  faults,
  ...(slowMs !== undefined ? { slowMs } : {}),
  ...(lifetime !== undefined ? { tokenLifetimeSeconds: lifetime } : {}),
  ...(values['redirect-uri'] ? { extraRedirectUris: values['redirect-uri'] } : {}),
  quiet: values.quiet,
}).catch((error: NodeJS.ErrnoException) =>
  fail(
    error.code === 'EADDRINUSE'
      ? `Port ${port} already in use: stop the other process or pass --port`
      : `Cannot start: ${error.message}`,
  ),
);

const c = DEMO_CREDENTIALS;
console.log(`Simulateur prêt sur ${simulator.url}  (page d’accueil : ${simulator.url}/)`);
console.log(
  `  ${simulator.state.events.length} évènements, ${simulator.state.salons.length} salons, graine "${simulator.state.seed}"`,
);
console.log(
  `  Jeton partenaire : POST ${simulator.url}/connexion/oauth2/access_token?realm=/partenaire  client ${c.partner.clientId} / ${c.partner.clientSecret}`,
);
console.log(
  `  FranceConnect    : ${simulator.issuer}  client ${c.franceConnect.clientId} / ${c.franceConnect.clientSecret}`,
);
const g = GATEWAY_DEMO_CREDENTIALS;
console.log(
  `  ProConnect       : ${simulator.proConnectIssuer}  client ${g.proConnect.clientId} / ${g.proConnect.clientSecret}`,
);
console.log(`  API Particulier  : jeton ${c.apiParticulier.token}, recipient ${c.apiParticulier.recipient}`);
console.log(
  `  Pannes globales  : ${faults.length ? faults.join(', ') : 'aucune'}  (disponibles : ${FAULT_NAMES.join(', ')})`,
);

const stop = () => void simulator.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
