/** The command's reading of files and URLs: the spreadsheet folder, local JSON, JSON over http(s). */
import { readdir, readFile, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InputFile } from '../authoring/import.js';
import type { Reader } from '../authoring/check.js';
import { clip, type SheetProblem } from '../authoring/problems.js';

export const inside = (root: string, p: string) => p === root || p.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * The CSV and XLSX files below `dir`. A link (symlink) is followed only to a file inside
 * the folder: one that points out of it (`instellingen.csv → /etc/passwd`) is not read,
 * and reported.
 */
export async function walk(dir: string, base = dir, root?: string, skipped: SheetProblem[] = []): Promise<InputFile[]> {
  root ??= await realpath(base);
  const out: InputFile[] = [];
  for (const d of await readdir(dir, { withFileTypes: true })) {
    if (d.name.startsWith('.') || d.name.startsWith('~$') || d.name === 'node_modules') continue;
    const p = join(dir, d.name);
    const path = relative(base, p).split(sep).join('/');
    if (d.isDirectory()) out.push(...(await walk(p, base, root, skipped)));
    else if (d.isSymbolicLink()) {
      if (!/\.(csv|xlsx)$/i.test(d.name)) continue;
      const real = await realpath(p).catch(() => undefined);
      if (real && inside(root, real)) out.push({ path, bytes: await readFile(real) });
      else
        skipped.push({
          severity: 'warning',
          place: { file: path },
          message: `Dit is een snelkoppeling naar een bestand buiten de map ${base}${real ? '' : ' (of naar niets)'}; het wordt niet gelezen. Zet het bestand zelf in de map.`,
        });
    } else if (d.isFile() && /\.(csv|xlsx)$/i.test(d.name)) out.push({ path, bytes: await readFile(p) });
  }
  return out;
}

/** Local files are checked through a stand-in http URL, so relative `data` links resolve as on a web server. */
export const LOCAL = 'http://lokaal.invalid';
/** The format's largest file (an index, src/data/load.ts); a byte more is read, to say it is too large. */
const LIMIT = 2 * 1024 * 1024;

/**
 * Reads local files for a local index: the index itself, then only files inside its
 * folder (after following links, realpath), never anything the stand-in URL could name
 * elsewhere. A file outside the folder is refused before it is looked at, so a message
 * never says whether it exists.
 */
export function localReader(folder: string): Reader {
  return async (url, sameOrigin) => {
    if (!url.startsWith(LOCAL + '/')) throw new Error(`${clip(url)} is geen bestand op deze computer.`);
    let path: string;
    try {
      path = fileURLToPath('file://' + url.slice(LOCAL.length));
    } catch {
      throw new Error('Dit is geen bestandsnaam.');
    }
    const name = relative(process.cwd(), path) || path;
    const root = await realpath(folder);
    const outside = `Deze link wijst naar een bestand buiten de map ${relative(process.cwd(), folder) || '.'}; het wordt niet gelezen. Zet de gemeentebestanden in de map van de index.`;
    if (sameOrigin && !inside(folder, path) && !inside(root, path)) throw new Error(outside);
    let real: string;
    try {
      real = await realpath(path);
    } catch {
      throw new Error(`Het bestand ${name} bestaat niet.`);
    }
    if (sameOrigin && !inside(root, real)) throw new Error(outside);
    return { bytes: await readFile(real), url, name };
  };
}

/**
 * Reads over http(s), at most a byte past the format's limit. A `data` link's file only on
 * the index's origin: its redirects are followed by hand and only there.
 */
export const remoteReader: Reader = async (url, sameOrigin) => {
  let res: Response;
  let at = url;
  for (let hops = 0; ; hops++) {
    try {
      res = await fetch(at, { signal: AbortSignal.timeout(20000), redirect: sameOrigin ? 'manual' : 'follow' });
    } catch (e) {
      throw new Error(`${clip(at, 200)} kon niet worden opgehaald (${clip(String((e as { cause?: Error }).cause?.message ?? (e as Error).message), 120)}).`);
    }
    const location = res.status >= 300 && res.status < 400 && sameOrigin ? res.headers.get('location') : null;
    if (!location) break;
    const next = new URL(location, at);
    if (next.origin !== sameOrigin) throw new Error(`${clip(at, 200)} stuurt door naar een andere website (${clip(next.origin)}); die wordt niet gevolgd.`);
    if (hops >= 5) throw new Error(`${clip(at, 200)} stuurt te vaak door.`);
    at = next.href;
  }
  if (!res.ok) throw new Error(`${clip(at, 200)} gaf HTTP-status ${res.status}${res.status === 404 ? ' (niet gevonden)' : ''}.`);
  const final = res.url || at;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (res.body)
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size > LIMIT) break;
    }
  const bytes = new Uint8Array(Math.min(size, LIMIT + 1));
  let o = 0;
  for (const c of chunks) {
    bytes.set(c.subarray(0, bytes.length - o), o);
    o += Math.min(c.byteLength, bytes.length - o);
  }
  return { bytes, url: final, name: final, allowOrigin: res.headers.get('access-control-allow-origin') };
};
