/**
 * Which browser engine this test file runs in, and tests that cannot run in one of them.
 * `npm test` runs every file in Chromium, Firefox and WebKit; a test that needs something
 * one engine's automation cannot do is skipped there only, with the reason in its title,
 * so the skip shows in the runner's output and cannot hide a failure elsewhere.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';
export const engines: readonly Engine[] = ['chromium', 'firefox', 'webkit'];

function detect(): Engine {
  const ua = navigator.userAgent;
  if (/\bFirefox\//.test(ua)) return 'firefox';
  if (/\b(Chrome|Chromium|HeadlessChrome)\//.test(ua)) return 'chromium';
  return 'webkit';
}

export const engine: Engine = detect();

type TestFn = (this: Mocha.Context) => unknown;

/** `it`, except in the named engines, where the test is reported as skipped with the reason. */
export function skipIn(skipped: Engine | readonly Engine[], reason: string) {
  const list: readonly Engine[] = typeof skipped === 'string' ? [skipped] : skipped;
  return (title: string, fn: TestFn) => (list.includes(engine) ? it.skip(`${title} [skipped in ${engine}: ${reason}]`, fn) : it(title, fn));
}

/** `it` in the named engines only; skipped elsewhere with the reason in its title. */
export function onlyIn(only: Engine | readonly Engine[], reason: string) {
  const list: readonly Engine[] = typeof only === 'string' ? [only] : only;
  return skipIn(
    engines.filter((e) => !list.includes(e)),
    reason,
  );
}

/**
 * What each engine's automation can emulate. Chromium speaks CDP; Firefox is driven over
 * WebDriver BiDi, which sets the viewport but has no media emulation in puppeteer; the
 * WebKitGTK MiniBrowser over classic WebDriver can do neither (its window has a minimum
 * width of about 450 px, so a narrow viewport cannot be had by resizing it either).
 */
export const can = {
  emulateMedia: engine === 'chromium',
  setViewport: engine !== 'webkit',
  forcedColors: engine === 'chromium',
};
export const noMediaEmulation = 'no colour-scheme or motion emulation over WebDriver (BiDi)';
export const noViewport = 'no viewport control over classic WebDriver (MiniBrowser window is at least ~450 px wide)';
