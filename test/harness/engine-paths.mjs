// Where the three test engines live on a Debian machine, and which Debian package brings
// each: no browser download works on these machines, so the tests use the system's.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { findChromium } from './chromium-path.mjs';

const first = (candidates) => candidates.find((p) => p && existsSync(p));

export function findFirefox() {
  return first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

/** The WebKitGTK MiniBrowser that WebKitWebDriver starts (its path depends on the architecture). */
export function findMiniBrowser() {
  let multiarch = 'x86_64-linux-gnu';
  try {
    multiarch =
      execSync('dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch 2>/dev/null', {
        encoding: 'utf8',
        shell: '/bin/sh',
      }).trim() || multiarch;
  } catch {
    // neither tool: keep the x86_64 default
  }
  return first([
    process.env.MINIBROWSER_PATH,
    `/usr/lib/${multiarch}/webkit2gtk-4.1/MiniBrowser`,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  ]);
}

export function findWebKitDriver() {
  return first([process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver']);
}

/** Per engine: what must be on the machine, and the Debian packages that provide it. */
export const requirements = {
  chromium: { missing: () => (findChromium() ? [] : ['chromium']), packages: ['chromium'] },
  firefox: { missing: () => (findFirefox() ? [] : ['firefox-esr']), packages: ['firefox-esr'] },
  webkit: {
    missing: () => [
      ...(findWebKitDriver() && findMiniBrowser() ? [] : ['webkit2gtk-driver']),
      ...(existsSync('/usr/bin/xvfb-run') ? [] : ['xvfb']),
      ...(existsSync('/usr/bin/xauth') ? [] : ['xauth']),
    ],
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
  },
};

/**
 * What the tests need in every engine: poppler-utils, which reads the printed PDFs back
 * (`pdfinfo`, `pdftotext`), and Noto Sans, the default sans-serif the layout tests measure
 * with. Debian's default, DejaVu Sans, is wider by a tenth: with it, a word that fits a phone
 * with Noto, Roboto or San Francisco breaks, and the layout tests would judge the machine's
 * fonts instead of the widget.
 */
export const shared = {
  missing: () => [
    ...(existsSync('/usr/bin/pdfinfo') && existsSync('/usr/bin/pdftotext') ? [] : ['poppler-utils']),
    ...(existsSync('/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf') ? [] : ['fonts-noto-core']),
  ],
};

export const allEngines = ['chromium', 'firefox', 'webkit'];

/** The engines asked for in TEST_ENGINES ("firefox webkit"), or all three. */
export function chosenEngines() {
  const asked = (process.env.TEST_ENGINES ?? '').split(/[\s,]+/).filter(Boolean);
  const unknown = asked.filter((e) => !allEngines.includes(e));
  if (unknown.length) throw new Error(`TEST_ENGINES: unknown engine ${unknown.join(', ')} (use ${allEngines.join(', ')})`);
  return asked.length ? asked : allEngines;
}
