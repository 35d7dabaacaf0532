// "Gegevens controleren": the same import and checks as the `stemhulp-data` command, on
// files the author picks or drops, or a URL. Files are read in this browser only: nothing
// is sent anywhere. The checking runs in a worker (gegevens-worker.js), so that a large
// file, or one made to be slow, never freezes the page; a new check ends the one before.
// The preview is the real widget on the result, handed over as one index with every
// gemeente inline, behind a blob: URL (the script route accepts any URL the page can fetch).
const $ = (id) => document.getElementById(id);
let blobUrl;
let downloadUrls = [];

let worker;
let ready;
let current = 0;
/** Runs one check in the worker; a check still running is ended first (its answer would be stale). */
function ask(message) {
  const id = ++current;
  if (!worker || worker.busy) {
    worker?.terminate();
    worker = new Worker(new URL('./gegevens-worker.js', import.meta.url), { type: 'module' });
    ready = new Promise((ok, no) => {
      worker.onmessage = ({ data }) => data.ready && ok();
      worker.onerror = (e) => no(new Error(e.message || 'de controle kon niet starten'));
    });
  }
  const w = worker;
  w.busy = true;
  return ready
    .then(
      () =>
        new Promise((ok, no) => {
          w.onmessage = ({ data }) => {
            if (data.id !== id) return;
            w.busy = false;
            data.error ? no(new Error(data.error)) : ok(data);
          };
          w.onerror = (e) => no(new Error(e.message || 'de controle stopte'));
          w.postMessage({ ...message, id });
        }),
    )
    .then((answer) => (id === current ? answer : new Promise(() => {})));
}

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

/** The parties' status (what `stemhulp-data status` prints), per gemeente; the data's names go in as text only. */
function partiesStatus(parties) {
  $('parties').hidden = !parties;
  $('parties-list').replaceChildren(
    ...(parties?.gemeenten ?? []).map(({ line, parties: lines }) => {
      const li = document.createElement('li');
      li.append(line);
      if (lines.length) {
        const ul = document.createElement('ul');
        ul.append(
          ...lines.map((text) => {
            const item = document.createElement('li');
            item.textContent = text;
            return item;
          }),
        );
        li.append(ul);
      }
      return li;
    }),
  );
  $('parties-total').textContent = parties?.total ?? '';
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

/** The list and the summary; `again` says what to do after fixing (choose the files again, or check the address again). */
function show(problems, done, again = 'Los de fouten op en kies de bestanden opnieuw.') {
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
      where.textContent = p.where;
      li.append(where, kind, p.message);
      return li;
    }),
  );
  const e = problems.filter((p) => p.severity === 'error').length;
  const w = problems.length - e;
  $('summary').textContent = `${e} ${e === 1 ? 'fout' : 'fouten'}, ${w} ${w === 1 ? 'waarschuwing' : 'waarschuwingen'}. ` + (e ? again : done);
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
  const result = await ask({ kind: 'sheets', files });
  // Never "Klaar om te publiceren" alone when readers will see a verdict on fewer statements, or none.
  const notice = result.notice;
  show(
    result.problems,
    `Klaar om te publiceren${notice ? ', maar lees eerst wat lezers zien' : ''}: download de JSON-bestanden hieronder, of maak ze met de opdracht stemhulp-data import (zie de handleiding).${notice ? ` ${notice}` : ''}`,
  );
  downloads(
    result.ok
      ? [
          { name: 'index.json', label: 'index.json', json: result.index },
          ...result.gemeenten.map((m) => ({ name: `${m.code}.json`, label: `gemeenten/${m.code}.json`, json: m.json })),
        ]
      : [],
  );
  partiesStatus(result.parties);
  if (result.index.municipalities?.length) preview(inlineIndex(result.index, new Map(result.gemeenten.map((m) => [m.code, m.json]))));
}

async function checkJsonFiles(files) {
  const { problems, index, contents, notice } = await ask({ kind: 'json', files });
  show(problems, `De widget kan deze gegevens lezen.${notice ? ` ${notice}` : ''}`);
  if (index) preview(inlineIndex(index, new Map(contents)));
}

async function check(files) {
  downloads([]);
  partiesStatus(undefined);
  files = files.filter((f) => /\.(csv|xlsx|json)$/i.test(f.path) && !/(^|\/)(\.|~\$)/.test(f.path));
  if (!files.length) return show([], 'Er zijn geen CSV-, XLSX- of JSON-bestanden gekozen.');
  $('summary').textContent = 'Bezig met controleren…';
  try {
    if (files.some((f) => /\.(csv|xlsx)$/i.test(f.path))) await checkSheets(files);
    else await checkJsonFiles(files);
  } catch (e) {
    show([{ severity: 'error', where: '', message: `Controleren lukte niet: ${e.message}` }], '');
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
  downloads([]);
  partiesStatus(undefined);
  $('summary').textContent = 'Bezig met controleren…';
  let problems, notice;
  try {
    ({ problems, notice } = await ask({ kind: 'url', url }));
  } catch (err) {
    return show([{ severity: 'error', where: url, message: `Controleren lukte niet: ${err.message}` }], '', 'Probeer het opnieuw.');
  }
  // This page reads the address as a widget on this website would. On this website's own
  // origin the browser asks no permission (CORS), so this page cannot tell about others.
  const own = new URL(url).origin === location.origin;
  show(
    problems,
    own
      ? 'Een stemhulp op deze website kan deze gegevens lezen. Of een stemhulp op een andere website dat ook kan, ziet deze pagina niet (het adres staat op dezelfde website); controleer dat met de opdracht stemhulp-data validate en het adres.' +
          (notice ? ` ${notice}` : '')
      : 'De widget kan deze gegevens lezen, ook op een andere website dan die van de gegevens.' + (notice ? ` ${notice}` : ''),
    'Los de fouten op, zet de bestanden opnieuw op de website en controleer het adres opnieuw.',
  );
  if (!problems.some((p) => p.severity === 'error') || problems.some((p) => p.path)) preview(url);
});
