// "Gegevens controleren": the same import and checks as `npx stemhulp-data`, on files the
// author picks or drops, or a URL. Files are read in this page only: nothing is sent anywhere.
// The preview is the real widget on the result, handed over as one index with every
// gemeente inline, behind a blob: URL (the script route accepts any URL the page can fetch).
import { checkJson, formatPlace, hasErrors, importSheets, verdictNotice } from '../dist/gegevens.js';

const $ = (id) => document.getElementById(id);
const LOCAL = 'http://bestand.invalid/';
let blobUrl;
let downloadUrls = [];

/** Links to save the JSON files the import made (only when it found no errors). */
function downloads(files) {
  for (const u of downloadUrls) URL.revokeObjectURL(u);
  downloadUrls = [];
  $('downloads').hidden = !files.length;
  $('download-list').replaceChildren(
    ...files.map(({ name, label, json }) => {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([JSON.stringify(json, null, 2) + '\n'], { type: 'application/json' }));
      downloadUrls.push(a.href);
      a.download = name;
      a.textContent = label;
      const li = document.createElement('li');
      li.append(a);
      return li;
    }),
  );
}

/** Every file below a dropped folder entry, with its path. */
async function entries(entry, path = '') {
  if (entry.isFile) return [{ path: path + entry.name, file: await new Promise((ok, no) => entry.file(ok, no)) }];
  const reader = entry.createReader();
  const out = [];
  for (;;) {
    const batch = await new Promise((ok, no) => reader.readEntries(ok, no));
    if (!batch.length) return out;
    for (const e of batch) out.push(...(await entries(e, `${path}${entry.name}/`)));
  }
}

function show(problems, done) {
  const list = $('problems');
  list.replaceChildren(
    ...problems.map((p) => {
      const li = document.createElement('li');
      li.className = p.severity;
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = p.severity === 'error' ? 'Fout: ' : 'Let op: ';
      const where = document.createElement('span');
      where.className = 'where';
      where.textContent = formatPlace(p);
      li.append(where, kind, p.message);
      return li;
    }),
  );
  const e = problems.filter((p) => p.severity === 'error').length;
  const w = problems.length - e;
  $('summary').textContent =
    `${e} ${e === 1 ? 'fout' : 'fouten'}, ${w} ${w === 1 ? 'waarschuwing' : 'waarschuwingen'}. ` +
    (e ? 'Los de fouten op en kies de bestanden opnieuw.' : done);
}

function preview(src) {
  const box = $('preview');
  if (blobUrl) URL.revokeObjectURL(blobUrl);
  blobUrl = src.startsWith('blob:') ? src : undefined;
  const widget = document.createElement('stemhulp-widget');
  widget.setAttribute('src', src);
  widget.setAttribute('languages', 'nl en ar');
  box.replaceChildren(widget);
}

/** One index with every gemeente inline, so the widget needs no other file. */
function inlineIndex(index, contents) {
  const municipalities = index.municipalities.map((m) => {
    const c = contents.get(String(m.code).trim().toUpperCase());
    const { data: _data, ...rest } = m;
    return c ? { ...rest, statements: c.statements, parties: c.parties } : m;
  });
  const blob = new Blob([JSON.stringify({ ...index, municipalities })], { type: 'application/json' });
  return URL.createObjectURL(blob);
}

async function checkSheets(files) {
  const input = await Promise.all(files.map(async ({ path, file }) => ({ path, bytes: new Uint8Array(await file.arrayBuffer()) })));
  const result = await importSheets(input);
  // Never "Klaar om te publiceren" alone when readers will see a verdict on fewer statements, or none.
  const notice = verdictNotice(result.problems);
  show(result.problems, `Klaar om te publiceren${notice ? ', maar lees eerst wat lezers zien' : ''}: download de JSON-bestanden hieronder, of maak ze met npx stemhulp-data import.${notice ? ` ${notice}` : ''}`);
  downloads(
    result.ok
      ? [{ name: 'index.json', label: 'index.json', json: result.index }, ...result.municipalities.map((m) => ({ name: `${m.code}.json`, label: `gemeenten/${m.code}.json`, json: m.json }))]
      : [],
  );
  if (result.index.municipalities?.length) preview(inlineIndex(result.index, new Map(result.municipalities.map((m) => [m.code, m.json]))));
}

async function checkJsonFiles(files) {
  const byPath = new Map(files.map((f) => [f.path, f.file]));
  const byName = new Map(files.map((f) => [f.path.split('/').pop(), f.file]));
  const find = (path) => byPath.get(path) ?? byName.get(path.split('/').pop());
  const read = async (url) => {
    const path = decodeURIComponent(url.slice(LOCAL.length));
    const file = find(path);
    if (!file) throw new Error(`Het bestand ${path} is niet gekozen.`);
    return { bytes: new Uint8Array(await file.arrayBuffer()), url, name: path };
  };
  const texts = await Promise.all(files.map(async (f) => ({ ...f, text: await f.file.text() })));
  const root = texts.find((f) => /"municipalities"/.test(f.text)) ?? texts[0];
  const problems = await checkJson(LOCAL + root.path, read);
  show(problems, `De widget kan deze gegevens lezen.${verdictNotice(problems) ? ` ${verdictNotice(problems)}` : ''}`);
  let index;
  try {
    index = JSON.parse(root.text);
  } catch {
    return;
  }
  if (!Array.isArray(index?.municipalities)) return;
  const contents = new Map();
  for (const m of index.municipalities) {
    const file = typeof m?.data === 'string' && find(new URL(m.data, LOCAL + root.path).href.slice(LOCAL.length));
    if (file) {
      try {
        contents.set(String(m.code).trim().toUpperCase(), JSON.parse(await file.text()));
      } catch {
        // Reported above with its line and column.
      }
    }
  }
  preview(inlineIndex(index, contents));
}

async function check(files) {
  downloads([]);
  files = files.filter((f) => /\.(csv|xlsx|json)$/i.test(f.path) && !/(^|\/)(\.|~\$)/.test(f.path));
  if (!files.length) return show([], 'Er zijn geen CSV-, XLSX- of JSON-bestanden gekozen.');
  $('summary').textContent = 'Bezig met controleren…';
  try {
    if (files.some((f) => /\.(csv|xlsx)$/i.test(f.path))) await checkSheets(files);
    else await checkJsonFiles(files);
  } catch (e) {
    show([{ severity: 'error', place: { file: '' }, message: `Controleren lukte niet: ${e.message}` }], '');
  }
}

$('summary').textContent = 'Nog niets gecontroleerd.';

const picked = (input) => [...input.files].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
$('files').addEventListener('change', (e) => check(picked(e.target)));
$('folder').addEventListener('change', (e) => check(picked(e.target)));

const drop = $('drop');
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', async (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  // Taken at once: the browser empties the DataTransfer when the event is over.
  const items = [...(e.dataTransfer.items ?? [])].map((i) => i.webkitGetAsEntry?.()).filter(Boolean);
  const plain = [...e.dataTransfer.files].map((file) => ({ path: file.name, file }));
  let files = plain;
  try {
    // Entries keep the folders (a dropped folder's files with their paths).
    if (items.length) files = (await Promise.all(items.map((entry) => entries(entry)))).flat();
  } catch {
    files = plain;
  }
  check(files);
});

$('by-url').addEventListener('submit', async (e) => {
  e.preventDefault();
  const url = new URL($('url').value, location.href).href;
  $('summary').textContent = 'Bezig met controleren…';
  const read = async (u) => {
    let res;
    try {
      res = await fetch(u, { credentials: 'omit' });
    } catch {
      throw new Error(`${u} kon niet worden opgehaald. Staat het adres goed? Staat het bestand op een andere website, dan moet die CORS toestaan (Access-Control-Allow-Origin: *).`);
    }
    if (!res.ok) throw new Error(`${u} gaf HTTP-status ${res.status}${res.status === 404 ? ' (niet gevonden)' : ''}.`);
    return { bytes: new Uint8Array(await res.arrayBuffer()), url: res.url || u, name: res.url || u };
  };
  const problems = await checkJson(url, read);
  show(problems, `De widget kan deze gegevens lezen.${verdictNotice(problems) ? ` ${verdictNotice(problems)}` : ''}`);
  if (!hasErrors(problems) || problems.some((p) => p.path)) preview(url);
});
