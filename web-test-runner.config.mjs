import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findChromium, chromiumArgs } from './scripts/chromium-path.mjs';
import { plainSummaryReporter } from './scripts/plain-summary-reporter.mjs';
import { testServerMiddleware } from './test/server/middleware.mjs';
import { bundleSizePlugin } from './test/server/bundle-size.mjs';
import { forcedColorsPlugin } from './test/server/forced-colors.mjs';
import { editorHostsPlugin } from './test/server/editor-hosts.mjs';
import { packPlugin } from './test/server/pack.mjs';

const executablePath = findChromium();
if (!executablePath) {
  throw new Error(
    'No Chromium found. Run `npm test` (it installs Debian\'s chromium when run as root) ' +
      'or set CHROME_PATH to a Chrome or Chromium executable.',
  );
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // Two cores: more browser pages at once only makes timing-sensitive tests flaky.
  concurrency: 2,
  testFramework: { config: { timeout: 5000 } },
  middleware: [testServerMiddleware],
  plugins: [
    bundleSizePlugin(),
    forcedColorsPlugin(),
    packPlugin(),
    editorHostsPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, args: chromiumArgs },
      // A window per test file: a second tab in one window is a hidden page, where
      // requestAnimationFrame, IntersectionObserver and ResizeObserver never run.
      createPage: async ({ browser }) => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        page.once('close', () => void context.close().catch(() => {}));
        return page;
      },
    }),
  ],
  reporters: [defaultReporter(), plainSummaryReporter()],
};
