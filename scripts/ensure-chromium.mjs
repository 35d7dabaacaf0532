// Finds a Chromium for the tests and, on a Debian machine where we are root, installs
// Debian's package when none is there: no browser download works on these machines.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { findChromium } from './chromium-path.mjs';

if (findChromium()) process.exit(0);

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canApt) {
  console.error(
    'No Chromium found for the tests. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`)\n' +
      'or point CHROME_PATH at a Chrome or Chromium executable.',
  );
  process.exit(1);
}
console.log('No Chromium found: installing Debian\'s chromium package (about a minute)…');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
  stdio: 'inherit',
  shell: '/bin/bash',
});
if (!findChromium()) {
  console.error('apt-get finished but no Chromium was found at /usr/bin/chromium.');
  process.exit(1);
}
