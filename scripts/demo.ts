// The demo launcher: the simulator on 127.0.0.1:8787 and Chromium with the extension.
// Ctrl-C stops both.
import { SIMULATOR_DEFAULT_PORT } from '../lib/settings/core/constants';
import { launchChromium } from '../e2e/support/chromium';
import { startSimulator } from '../simulator/server';

const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const simulator = await startSimulator({ port: SIMULATOR_DEFAULT_PORT });
console.log(`Simulateur France Travail / FranceConnect / API Particulier : ${simulator.url}`);

const browser = await launchChromium({ headless });
await browser.open('sidepanel');
await browser.open('popup');
console.log(`Chromium est ouvert avec Guichet Emploi (id ${browser.extensionId}).`);
if (headless) {
  console.log(
    'Aucun écran (DISPLAY) : Chromium tourne sans fenêtre. Sur un poste avec écran, relancez "npm start".',
  );
}
console.log('Ctrl-C pour tout arrêter.');

const stop = async () => {
  await browser.close().catch(() => undefined);
  await simulator.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
