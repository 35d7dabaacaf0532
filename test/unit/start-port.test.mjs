// `npm start` when port 8000 is taken (another project's server, an earlier `npm start`):
// it serves on the next free port and prints the demo's address, instead of dying with
// EADDRINUSE. Runs the start script's server command (the part after its build) directly,
// so no build is needed; dist/ may be absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const start = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.start;
const serve = start.split('&&').pop().trim();

/** Holds port 8000 for the test; when something else already holds it, that does as well. */
function occupy8000() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (e) => (e.code === 'EADDRINUSE' ? resolve(null) : reject(e)));
    server.listen(8000, () => resolve(server));
  });
}

/** Starts the server command; resolves with the address it prints, or rejects with its output. */
function startServer(env) {
  const child = spawn('sh', ['-c', serve], {
    cwd: root,
    detached: true,
    env: { ...process.env, ...env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`, DISPLAY: '', CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const address = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const m = output.match(/http:\/\/localhost:(\d+)\/demo\//);
      if (m) resolve({ url: m[0], port: Number(m[1]) });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before printing an address:\n${output}`)));
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      process.kill(-child.pid, 'SIGTERM');
    });
  return { address, stop };
}

test('npm start serves on the next free port when 8000 is taken, and prints the address', { timeout: 60000 }, async (t) => {
  const blocker = await occupy8000();
  t.after(() => blocker?.close());
  const server = startServer({ PORT: '' });
  t.after(server.stop);
  const { url, port } = await server.address;
  assert.notEqual(port, 8000);
  const res = await fetch(url);
  assert.equal(res.status, 200, `${url} answered ${res.status}`);
  assert.match(await res.text(), /<html/i);
});

test('PORT chooses the port of npm start', { timeout: 60000 }, async (t) => {
  // A port that is free now: the system's choice, then released.
  const free = await new Promise((resolve) => {
    const s = createServer().listen(0, () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
  const server = startServer({ PORT: String(free) });
  t.after(server.stop);
  const { url, port } = await server.address;
  assert.equal(port, free);
  assert.equal((await fetch(url)).status, 200);
});
