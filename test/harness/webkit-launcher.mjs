// WebKit for @web/test-runner: Debian's WebKitWebDriver starts the WebKitGTK MiniBrowser,
// which needs a display, so the driver runs under xvfb-run. xvfb-run leaves Xvfb and the
// driver behind when it is killed, so it runs in a process group of its own that stop()
// (and, failing that, the runner's exit) ends as a whole.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

async function driverReady(port, child, stderr) {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}): ${stderr()}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 15 s: ${stderr()}`);
}

class WebKitLauncher extends WebdriverLauncher {
  constructor({ driver, binary }) {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      // WebKitGTK's own capability, unknown to webdriverio's types.
      capabilities: /** @type {WebdriverIO.Capabilities} */ ({ 'webkitgtk:browserOptions': { binary, args: ['--automation'] } }),
    });
    this.driverPath = driver;
  }

  async initialize(config, testFiles) {
    if (config.concurrency !== 1) {
      // With more, the webdriver launcher runs test files in small iframes of one page.
      throw new Error('The WebKit run needs concurrency 1 (one MiniBrowser window, one test file at a time).');
    }
    const port = await freePort();
    let err = '';
    this.driverProcess = spawn('xvfb-run', ['--auto-servernum', '--server-args=-screen 0 1280x1024x24', this.driverPath, `--port=${port}`], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.driverProcess.stderr.on('data', (d) => (err = (err + d).slice(-2000)));
    this.endGroup = () => {
      try {
        process.kill(-this.driverProcess.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    };
    process.once('exit', this.endGroup);
    await driverReady(port, this.driverProcess, () => err);
    // The driver's port is known only now; the launcher reads it from its options.
    /** @type {any} */ (this).options.port = port;
    await super.initialize(config);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.endGroup?.();
    process.off('exit', this.endGroup);
  }
}

export function webkitLauncher(options) {
  return new WebKitLauncher(options);
}
