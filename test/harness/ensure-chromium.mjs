// Finds the browsers for the tests (Chromium, Firefox ESR, WebKitGTK's WebKitWebDriver with
// Xvfb; or only those in TEST_ENGINES), poppler-utils and Noto Sans (engine-paths.mjs says
// why) and, on a Debian machine where we are root, installs
// the missing Debian packages: no browser download works on these machines.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chosenEngines, requirements, shared } from './engine-paths.mjs';

const missing = () => [...new Set([...shared.missing(), ...chosenEngines().flatMap((e) => requirements[e].missing())])];

const lacking = missing();
if (!lacking.length) process.exit(0);

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canApt) {
  console.error(
    `Missing for the tests: ${lacking.join(', ')}. On Debian/Ubuntu:\n` +
      `  sudo apt-get update && sudo apt-get install -y ${lacking.join(' ')}\n` +
      'or point CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH and MINIBROWSER_PATH at your own,\n' +
      'or run fewer engines: TEST_ENGINES=chromium npm test',
  );
  process.exit(1);
}
console.log(`Installing Debian packages for the tests: ${lacking.join(' ')} (a minute or two)…`);
execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${lacking.join(' ')}`, {
  stdio: 'inherit',
  shell: '/bin/bash',
});
const still = missing();
if (still.length) {
  console.error(`apt-get finished but these are still missing: ${still.join(', ')}.`);
  process.exit(1);
}
