// The hosts of README's "Voor redacties", as the editor sets them up: the widget's host
// (dist/ under /stemhulp-widget/) and the data host (demo/data/ under /stemhulp/), each on
// an origin of its own, sending exactly the headers of the README's `_headers` example.
// Copies without those headers show what the editor sees when step 2 is missing.
// A data host that sends the header only with files that exist (a 404 without it), and the
// address of a port where nothing listens (no answer at all), for what Details say.
//   executeServerCommand('editor-hosts')  the base URLs
//   /__editor/page.html?script=…&data=…&lang=…
//                                         a newspaper page with the README's snippet, its
//                                         addresses replaced by those hosts
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, normalize, resolve } from 'node:path';

/** The "Voor redacties" section of README.md. */
export function editorsSection(readme = readFileSync('README.md', 'utf8')) {
  const start = readme.indexOf('## Voor redacties');
  if (start < 0) throw new Error('README.md has no "Voor redacties" section');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

const codeBlocks = (text) => [...text.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map(([, lang, body]) => ({ lang, body: body.replace(/^ {3}/gm, '') }));

/** The headers of the `_headers` example (the block that starts with a path pattern). */
export function readmeHeaders(section = editorsSection()) {
  const block = codeBlocks(section).find((b) => b.lang === '' && b.body.trimStart().startsWith('/'));
  if (!block) throw new Error('no _headers example in "Voor redacties"');
  return Object.fromEntries([...block.body.matchAll(/^\s+([\w-]+):\s*(.+?)\s*$/gm)].map(([, k, v]) => [k, v]));
}

/** The snippet of step 3. */
export function readmeSnippet(section = editorsSection()) {
  const block = codeBlocks(section).find((b) => b.lang === 'html');
  if (!block) throw new Error('no html snippet in "Voor redacties"');
  return block.body;
}

const types = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

function staticHost(root, prefix, headers, host, errorHeaders = headers) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(resolve(root, path.slice(prefix.length)));
    if (!path.startsWith(prefix) || !file.startsWith(root)) return res.writeHead(404).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, errorHeaders).end();
    }
  });
  return new Promise((res, rej) => {
    server.once('error', rej);
    server.listen(0, host, () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      res({ server, url: `http://${host.includes(':') ? `[${host}]` : host}:${port}` });
    });
  });
}

/** [::1] where the machine has IPv6 loopback, else another port on 127.0.0.1. */
async function dataHost(root, headers, errorHeaders = headers) {
  try {
    return await staticHost(root, '/stemhulp/', headers, '::1', errorHeaders);
  } catch {
    return staticHost(root, '/stemhulp/', headers, '127.0.0.1', errorHeaders);
  }
}

/** An origin where nothing answers: a port that was free a moment ago, closed again. */
async function closedHost() {
  const { server, url } = await staticHost(resolve('demo/data'), '/stemhulp/', {}, '127.0.0.1');
  await new Promise((r) => server.close(r));
  return { server: { close: (r) => r() }, url };
}

export function editorHostsPlugin() {
  const started = [];
  const urls = {};
  return {
    name: 'editor-hosts',
    async serverStart() {
      const headers = readmeHeaders();
      const dist = resolve('dist');
      const data = resolve('demo/data');
      const hosts = {
        script: await staticHost(dist, '/stemhulp-widget/', headers, '127.0.0.1'),
        data: await dataHost(data, headers),
        scriptWithoutCors: await staticHost(dist, '/stemhulp-widget/', {}, '127.0.0.1'),
        dataWithoutCors: await dataHost(data, {}),
        dataCorsOnSuccess: await dataHost(data, headers, {}),
        nobody: await closedHost(),
      };
      for (const [name, { server, url }] of Object.entries(hosts)) {
        started.push(server);
        urls[name] = url;
      }
    },
    async serverStop() {
      await Promise.all(started.map((s) => new Promise((r) => s.close(r))));
    },
    executeCommand({ command }) {
      return command === 'editor-hosts' ? urls : undefined;
    },
    serve(context) {
      if (context.path !== '/__editor/page.html') return undefined;
      const q = new URLSearchParams(context.querystring);
      const snippet = readmeSnippet()
        .replaceAll('https://widget.example.org/stemhulp-widget/', `${q.get('script')}/stemhulp-widget/`)
        .replaceAll('https://data.example.org/stemhulp/', `${q.get('data')}/stemhulp/`)
        .replace(/gemeente="GM\d+"/, `gemeente="${q.get('gemeente') ?? 'GM9902'}"`);
      const lang = (q.get('lang') ?? 'nl').replace(/[^a-z-]/gi, '');
      return {
        type: 'html',
        body: `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Voorbeeldkrant</title></head>
<body><article><h1>De verkiezingen in Zilverhaven</h1>
${snippet}
</article></body></html>`,
      };
    },
  };
}
