import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findChromium, chromiumArgs } from './test/harness/chromium-path.mjs';
import { findFirefox, findMiniBrowser, findWebKitDriver } from './test/harness/engine-paths.mjs';
import { webkitLauncher } from './test/harness/webkit-launcher.mjs';
import { plainSummaryReporter } from './test/harness/plain-summary-reporter.mjs';
import { testServerMiddleware } from './test/harness/server/middleware.mjs';
import { bundleSizePlugin } from './test/harness/server/bundle-size.mjs';
import { forcedColorsPlugin } from './test/harness/server/forced-colors.mjs';
import { consoleProbeMiddleware } from './test/harness/server/console-probe.mjs';
import { consoleCapturePlugin } from './test/harness/server/console-capture.mjs';
import { packPlugin } from './test/harness/server/pack.mjs';
import { printPdfPlugin } from './test/harness/server/print-pdf.mjs';
import { dataCliPlugin } from './test/harness/server/data-cli.mjs';
import { artifactPlugin } from './test/harness/server/artifact.mjs';
import { editorHostsPlugin } from './test/harness/server/editor-hosts.mjs';

// One engine per run: `npm test` (test/harness/test-engines.mjs) runs Chromium, Firefox and
// WebKit one after the other; `npx web-test-runner` alone runs TEST_ENGINE, by default Chromium.
const engine = process.env.TEST_ENGINE ?? 'chromium';

function need(path, what) {
  if (!path) {
    throw new Error(`No ${what} found. Run \`npm test\` (it installs Debian's packages when run as root); see README "Tests".`);
  }
  return path;
}

// A window per test file: a second tab in one window is a hidden page, where
// requestAnimationFrame, IntersectionObserver and ResizeObserver may never run.
const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: need(findChromium(), 'Chromium (or CHROME_PATH)'), args: chromiumArgs },
      createPage: async ({ browser }) => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        page.once('close', () => void context.close().catch(() => {}));
        return page;
      },
    }),
  // puppeteer-core drives Debian's Firefox ESR over WebDriver BiDi (no geckodriver). New
  // tabs of one window are hidden there too, so a file gets a window, not a tab.
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: need(findFirefox(), 'Firefox (or FIREFOX_PATH)'),
        headless: true,
      },
      createPage: async ({ browser }) => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage({ type: 'window' });
        page.once('close', () => void context.close().catch(() => {}));
        return page;
      },
    }),
  // One MiniBrowser window, navigated from file to file (concurrency 1 below).
  webkit: () =>
    webkitLauncher({
      driver: need(findWebKitDriver(), 'WebKitWebDriver (or WEBKIT_DRIVER_PATH)'),
      binary: need(findMiniBrowser(), 'WebKitGTK MiniBrowser (or MINIBROWSER_PATH)'),
    }),
};
if (!launchers[engine]) throw new Error(`TEST_ENGINE=${engine}: use chromium, firefox or webkit`);

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // Two cores: more browser pages at once only makes timing-sensitive tests flaky. Firefox
  // and WebKit one file at a time: only one of Firefox's windows has focus (key presses and
  // :focus-visible then depend on which), and the WebKit launcher drives one window.
  concurrency: engine === 'chromium' ? 2 : 1,
  // Upper bounds only (a passing test never waits for them): on a busy 2-core machine a
  // test that loads a page, its data and two chunks can take more than Mocha's usual 2 s,
  // and starting Firefox's window more than the runner's usual 30 s.
  testFramework: { config: { timeout: 20_000 } },
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 300_000,
  middleware: [testServerMiddleware, consoleProbeMiddleware],
  plugins: [
    bundleSizePlugin(),
    forcedColorsPlugin(),
    consoleCapturePlugin(),
    packPlugin(),
    editorHostsPlugin(),
    printPdfPlugin(),
    dataCliPlugin(),
    artifactPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  browsers: [launchers[engine]()],
  reporters: [defaultReporter(), plainSummaryReporter({ engine })],
};
