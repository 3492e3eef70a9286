// Makes sure Debian's Chromium and Firefox ESR are there for the end-to-end tests. On a
// Debian machine as root, installs the missing packages; elsewhere, stops with the
// environment variable to set. Never downloads a browser build of its own.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = [
  {
    variable: 'CHROMIUM_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
    packages: ['chromium'],
  },
  {
    variable: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    packages: ['firefox-esr'],
  },
];

export function ensureBrowsers(which = ['CHROMIUM_PATH', 'FIREFOX_PATH']) {
  const missing = wanted
    .filter((browser) => which.includes(browser.variable))
    .filter(
      (browser) =>
        !(process.env[browser.variable] && existsSync(process.env[browser.variable])) &&
        !browser.paths.some((path) => existsSync(path)),
    );
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (!isRoot || !isDebian) {
    const hints = missing.map((b) => `${b.variable} (e.g. ${b.paths[0]})`).join(' and ');
    console.error(`Missing browser(s) for the end-to-end tests. Install them, or set ${hints}.`);
    process.exit(1);
  }
  const packages = [...missing.flatMap((b) => b.packages), 'fonts-liberation'];
  console.log(`Installing Debian packages: ${packages.join(' ')}`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBrowsers();
