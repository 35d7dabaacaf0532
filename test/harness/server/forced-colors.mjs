// A test-runner command for Windows contrast themes: the built-in emulateMedia of this
// @web/test-runner-commands version knows colour scheme and reduced motion, not forced colours,
// and puppeteer's emulateMediaFeatures refuses the name, so this speaks CDP directly.
/** One CDP session per page, kept open: Chromium drops a session's emulation when it detaches. */
const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
