// The demo launcher, the production path on one machine: the simulator on 127.0.0.1:8787
// (France Travail, FranceConnect, API Particulier and ProConnect), the organisation gateway on
// 127.0.0.1:8788 with its embedded database (PGlite, gateway/src/cli/demo.ts), and Chromium with
// the extension pointed at the gateway — as an organisation's policy would, with one value.
// `npm start -- --direct` keeps the old direct mode against the simulator. Ctrl-C stops all.
import { spawn } from 'node:child_process';
import { SIMULATOR_DEFAULT_PORT } from '../lib/settings/core/constants';
import { launchChromium } from '../e2e/support/chromium';
import { startSimulator } from '../simulator/server';

const GATEWAY_URL = 'http://127.0.0.1:8788';
const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const direct = process.argv.includes('--direct');

const simulator = await startSimulator({ port: SIMULATOR_DEFAULT_PORT });
console.log(`Simulateur France Travail / FranceConnect / API Particulier / ProConnect : ${simulator.url}`);

// The gateway in its own process, as deployed (it finds the simulator already answering).
const gateway = direct ? undefined : spawn('npx', ['tsx', 'gateway/src/cli/demo.ts'], { stdio: 'inherit' });
if (gateway) {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const ready = await fetch(`${GATEWAY_URL}/ready`, { signal: AbortSignal.timeout(1000) })
      .then((answer) => answer.ok)
      .catch(() => false);
    if (ready) break;
    if (Date.now() > deadline || gateway.exitCode !== null) {
      console.error('La passerelle n’a pas démarré (voir ses messages ci-dessus).');
      await simulator.close();
      process.exit(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.log(`Passerelle de l’organisation (base embarquée PGlite) : ${GATEWAY_URL}`);
}

const browser = await launchChromium({ headless });
if (gateway) {
  // What a policy { environment: "production", gatewayUrl } does, written as the agent's settings.
  await browser.evaluate(async () => {
    const current = ((await chrome.storage.local.get('userSettings')) as { userSettings?: object })
      .userSettings;
    await chrome.storage.local.set({
      userSettings: { ...current, environment: 'production', gatewayUrl: 'http://127.0.0.1:8788' },
    });
  });
}
await browser.open('sidepanel');
await browser.open('popup');
console.log(`Chromium est ouvert avec Guichet Emploi (id ${browser.extensionId}).`);
if (gateway) {
  console.log(
    'Cliquez « Se connecter avec ProConnect » et choisissez Camille Martin (Ville de Riom, agent) ; ' +
      'Dominique Bernard (DPO de Riom) voit le journal de l’organisation. Voir le README.',
  );
}
if (headless) {
  console.log(
    'Aucun écran (DISPLAY) : Chromium tourne sans fenêtre. Sur un poste avec écran, relancez "npm start".',
  );
}
console.log('Ctrl-C pour tout arrêter.');

const stop = async () => {
  await browser.close().catch(() => undefined);
  gateway?.kill('SIGTERM');
  await simulator.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
