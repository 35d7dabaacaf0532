// A test-runner command for the clean-console test: what the browser itself logs for the
// page and its frames, including messages no script can see (a postMessage to a frame of
// another origin, a refused load). Chromium (CDP) and Firefox (WebDriver BiDi) report these
// through puppeteer; classic WebDriver (WebKit) has no log, so there it answers false and the
// test relies on the in-page probe (console-probe.mjs) alone.
const captures = new WeakMap();

export function consoleCapturePlugin() {
  return {
    name: 'console-capture',
    async executeCommand({ command, payload, session }) {
      if (command !== 'console-capture') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      const old = captures.get(page);
      if (old) {
        page.off('console', old.onConsole);
        page.off('pageerror', old.onError);
        captures.delete(page);
      }
      if (payload.action === 'stop') return old?.messages ?? [];
      const capture = { messages: [] };
      capture.onConsole = (m) => {
        const type = m.type();
        if (type === 'error' || type === 'warn' || type === 'warning') {
          capture.messages.push({ kind: type === 'error' ? 'error' : 'warn', text: m.text(), page: m.location()?.url ?? '' });
        }
      };
      capture.onError = (e) => capture.messages.push({ kind: 'uncaught', text: String(e?.stack ?? e?.message ?? e), page: '' });
      page.on('console', capture.onConsole);
      page.on('pageerror', capture.onError);
      captures.set(page, capture);
      return [];
    },
  };
}
