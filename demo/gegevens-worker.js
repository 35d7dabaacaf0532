// The checks of "Gegevens controleren" (demo/gegevens.js), off the page's main thread:
// reading, unpacking and checking large files, or files made to be slow, never freezes
// the page; the page can stop a check by ending this worker. Files are read here, in
// this browser: nothing is sent anywhere.
import { checkJson, formatPlace, gemeenteStatusText, importSheets, jsonDepth, keyPointTitles, MAX_DEPTH, status, statusTotal, verdictNotice } from '../dist/gegevens.js';

const LOCAL = 'http://bestand.invalid/';

/** Spreadsheets: the import, its problems, the JSON files it made, and the parties' status as `stemhulp-data status` tells it. */
async function sheets({ files }) {
  const input = await Promise.all(files.map(async ({ path, file }) => ({ path, bytes: new Uint8Array(await file.arrayBuffer()) })));
  const result = await importSheets(input);
  const { problems, ok, index, gemeenten } = result;
  const all = status(result);
  const titles = keyPointTitles(result);
  const parties = all.length ? { gemeenten: all.map((g) => gemeenteStatusText(g, titles, 'zie de fouten hierboven')), total: statusTotal(all) } : undefined;
  return { problems, ok, index, gemeenten, parties };
}

/** JSON files: the index (the file with "municipalities", else the first) and the files its data links name. */
async function json({ files }) {
  const byPath = new Map(files.map((f) => [f.path, f.file]));
  const byName = new Map(files.map((f) => [f.path.split('/').pop(), f.file]));
  const find = (path) => byPath.get(path) ?? byName.get(path.split('/').pop());
  const read = async (url) => {
    const path = decodeURIComponent(url.slice(LOCAL.length));
    const file = find(path);
    if (!file) throw new Error(`Het bestand ${path} is niet gekozen.`);
    return { bytes: new Uint8Array(await file.arrayBuffer()), url, name: path };
  };
  let root = files[0];
  for (const f of files)
    if (/"municipalities"/.test(await f.file.slice(0, 4 * 1024 * 1024).text())) {
      root = f;
      break;
    }
  const problems = await checkJson(LOCAL + root.path, read);
  // The preview: the index with what each of its data links names, as far as it parses.
  let index;
  try {
    // Nested too deep is reported above; parsing it anyway would take seconds.
    const text = await root.file.text();
    if (jsonDepth(text) > MAX_DEPTH) return { problems };
    index = JSON.parse(text);
  } catch {
    return { problems };
  }
  if (!Array.isArray(index?.municipalities)) return { problems };
  const contents = [];
  for (const m of index.municipalities.slice(0, 400)) {
    let file;
    try {
      file = typeof m?.data === 'string' && find(new URL(m.data, LOCAL + root.path).href.slice(LOCAL.length));
    } catch {
      file = undefined;
    }
    if (file) {
      try {
        const text = await file.text();
        if (jsonDepth(text) <= MAX_DEPTH) contents.push([String(m.code).trim().toUpperCase(), JSON.parse(text)]);
      } catch {
        // Reported above with its line and column.
      }
    }
  }
  return { problems, index, contents };
}

/** An address: the index and its data links, fetched as a widget on this page would. */
async function url({ url }) {
  const read = async (u) => {
    let res;
    try {
      res = await fetch(u, { credentials: 'omit' });
    } catch {
      throw new Error(
        `${u} kon niet worden opgehaald. Staat het adres goed? Staat het bestand op een andere website, dan moet die CORS toestaan (Access-Control-Allow-Origin: *).`,
      );
    }
    if (!res.ok) throw new Error(`${u} gaf HTTP-status ${res.status}${res.status === 404 ? ' (niet gevonden)' : ''}.`);
    return { bytes: new Uint8Array(await res.arrayBuffer()), url: res.url || u, name: res.url || u };
  };
  return { problems: await checkJson(url, read) };
}

const kinds = { sheets, json, url };

self.onmessage = async ({ data }) => {
  try {
    const answer = await kinds[data.kind](data);
    // Each problem with its place written out, as the command writes it: the page needs nothing of dist/gegevens.js.
    // What readers will see of the verdict where a party's position is unknown, beside "Klaar om te publiceren".
    answer.notice = verdictNotice(answer.problems);
    answer.problems = answer.problems.map((p) => ({ ...p, where: formatPlace(p) }));
    self.postMessage({ id: data.id, ...answer });
  } catch (e) {
    self.postMessage({ id: data.id, error: String(e?.message ?? e) });
  }
};
self.postMessage({ ready: true });
