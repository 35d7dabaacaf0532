// The embed-code generator: builds the snippet a site owner pastes, shows it live, and
// says what would go wrong on their site before they paste it.
import { accentCheck, checkData, fallbackTexts, isLocalAddress, ratioText } from './generator-checks.js';

const $ = (id) => document.getElementById(id);
const form = $('options');
$('widget').value = new URL('../dist/', location.href).href;

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The organisation's site from the checked data: the fallback link when none is typed. */
let organisationUrl = '';

function absolute(value) {
  try {
    return value ? new URL(value, location.href).href : '';
  } catch {
    return '';
  }
}

function options() {
  const f = new FormData(form);
  const theme = f.get('theme');
  const widget = absolute(f.get('widget'));
  const colours = {};
  let accent;
  if (f.get('own-accent')) {
    accent = accentCheck(f.get('accent'), theme);
    // Only a readable colour goes into the code: the reason for leaving one out is beside the picker.
    if (!accent.problems.length) {
      colours['--stemhulp-color-accent'] = f.get('accent');
      colours['--stemhulp-color-accent-text'] = accent.text;
    }
  }
  return {
    data: absolute(f.get('data')),
    widget: widget && !widget.endsWith('/') ? `${widget}/` : widget,
    gemeente: f.get('gemeente'),
    lang: f.get('lang'),
    theme,
    colours,
    accent,
    fallback: absolute(f.get('fallback')) || organisationUrl || 'https://example.org/',
    mode: f.get('mode'),
  };
}

function fallbackLink(o) {
  const dir = o.lang === 'ar' ? ' dir="rtl"' : '';
  return `<a href="${escapeAttr(o.fallback)}"${dir}>${escapeText(fallbackTexts[o.lang] ?? fallbackTexts.nl)}</a>`;
}

function scriptSnippet(o) {
  const attrs = [`src="${escapeAttr(o.data)}"`];
  if (o.gemeente) attrs.push(`gemeente="${escapeAttr(o.gemeente)}"`);
  if (o.lang) attrs.push(`lang="${escapeAttr(o.lang)}"`);
  if (o.theme !== 'auto') attrs.push(`theme="${escapeAttr(o.theme)}"`);
  const style = Object.entries(o.colours)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
  if (style) attrs.push(`style="${escapeAttr(style)}"`);
  return `<script type="module" src="${escapeAttr(o.widget)}stemhulp-widget.js"></script>
<stemhulp-widget ${attrs.join(' ')}>
  ${fallbackLink(o)}
</stemhulp-widget>`;
}

function iframeUrl(o) {
  const q = new URLSearchParams({ src: o.data });
  if (o.gemeente) q.set('gemeente', o.gemeente);
  if (o.lang) q.set('lang', o.lang);
  if (o.theme !== 'auto') q.set('theme', o.theme);
  for (const [k, v] of Object.entries(o.colours)) q.set(k, v);
  return `${o.widget}embed.html?${q}`;
}

function iframeSnippet(o) {
  return `<iframe data-stemhulp src="${escapeAttr(iframeUrl(o))}" title="Stemhulp" height="900" style="width: 100%; border: 0"></iframe>
<script src="${escapeAttr(o.widget)}embed-resize.js"></script>`;
}

/** What would not work on the editor's site, shown beside the code. */
function warnings(o) {
  const out = [];
  const local = [
    [o.data, 'de gegevens'],
    [o.widget, 'de widget'],
  ].filter(([url]) => isLocalAddress(url));
  for (const [url, what] of local) {
    out.push(
      `Het adres van ${what} (${new URL(url).host}) werkt alleen op deze computer, niet voor je lezers. Zet de bestanden op een webserver en vul dat adres in (Voor redacties, stap 1).`,
    );
  }
  if (o.mode === 'iframe' && o.data && o.widget && new URL(o.data).origin !== new URL(o.widget).origin) {
    out.push(
      `Iframe: embed.html toont alleen gegevens van zijn eigen herkomst (${new URL(o.widget).origin}) en van de herkomsten in het bestand embed.config.json ernaast. Zet daarin { "dataOrigins": ["${new URL(o.data).origin}"] } (README: Iframe), of zet de gegevens naast embed.html.`,
    );
  }
  return out;
}

/**
 * Beside the colour picker: the text colour on the buttons, or why the colour is left out
 * of the code. With "Automatisch" one colour must be readable on the light and the dark
 * background; a colour readable on one of them can be used with that scheme fixed.
 */
function accentStatus(o) {
  const a = o.accent;
  if (!a) return '';
  if (!a.problems.length) return `Tekst op de knoppen: ${a.text === '#ffffff' ? 'wit' : 'zwart'} (${ratioText(a.ratio)}).`;
  const why = a.problems.map((p) => `tekst ${p.where} is slecht leesbaar (${ratioText(p.ratio)}; minstens 4,5:1 nodig)`).join('; ');
  const only = a.problems.every((p) => p.scheme) && a.problems.length === 1 && o.theme === 'auto';
  const other = only && (a.problems[0].scheme === 'light' ? 'Altijd donker' : 'Altijd licht');
  return `Deze kleur staat niet in de code: ${why}. Kies een donkerdere of lichtere kleur${other ? `, of bij Kleurenschema ‘${other}’` : ''}.`;
}

function preview(o) {
  const box = $('preview');
  box.replaceChildren();
  if (!o.data) return;
  if (o.mode === 'iframe') {
    const frame = document.createElement('iframe');
    frame.setAttribute('data-stemhulp', '');
    frame.title = 'Stemhulp';
    frame.height = '900';
    // The preview uses this page's own copy, which is there even when the typed address is not yet.
    frame.src = iframeUrl({ ...o, widget: new URL('../dist/', location.href).href });
    box.append(frame);
    return;
  }
  const el = document.createElement('stemhulp-widget');
  el.setAttribute('src', o.data);
  if (o.gemeente) el.setAttribute('gemeente', o.gemeente);
  if (o.lang) el.setAttribute('lang', o.lang);
  if (o.theme !== 'auto') el.setAttribute('theme', o.theme);
  for (const [k, v] of Object.entries(o.colours)) el.style.setProperty(k, v);
  box.append(el);
}

/**
 * The data address the preview shows and the check reads: taken when the editor leaves the
 * field, presses Enter or stops typing for 1.5 s, never per keystroke (each one would
 * be a request to a half-typed address: "h", "ht", "http://0.0.0.1/"…).
 */
let dataAddress = absolute($('data').value);
let typing;

let lastPreview = '';
function update() {
  const o = options();
  const code = o.mode === 'iframe' ? iframeSnippet(o) : scriptSnippet(o);
  // "Gekopieerd" stays true until the code itself changes.
  if (code !== $('snippet').value) $('copy-status').textContent = '';
  $('snippet').value = code;
  $('accent-status').textContent = accentStatus(o);
  $('accent-status').classList.toggle('refused', !!o.accent?.problems.length);
  $('warnings').replaceChildren(...warnings(o).map((w) => Object.assign(document.createElement('li'), { textContent: w })));
  // Rebuild the preview only when something it shows changed, so it does not flash on every keystroke.
  const { fallback, widget, accent, ...shown } = { ...o, data: dataAddress };
  const key = JSON.stringify(shown);
  if (key !== lastPreview) preview({ ...o, data: dataAddress });
  lastPreview = key;
}

function list(container, problems) {
  container.hidden = problems.length === 0;
  container.querySelector('ul').replaceChildren(
    ...problems.map((p) => {
      const li = document.createElement('li');
      const where = document.createElement('code');
      where.textContent = p.path ? `${p.file}: ${p.path}` : p.file;
      li.append(where, `: ${p.message}`);
      return li;
    }),
  );
}

let checking = 0;
/**
 * Checks the data at the chosen address with the widget's own validator: the index, and
 * the chosen gemeente's file (or every gemeente's, when the reader chooses). With
 * `newAddress` it also refills the gemeente list, only from a usable index.
 */
async function check(newAddress) {
  const run = ++checking;
  const select = $('gemeente');
  const status = $('data-status');
  const chosen = select.value;
  const data = dataAddress;
  if (newAddress) {
    select.replaceChildren(new Option('De lezer kiest zelf', ''));
    organisationUrl = '';
  }
  list($('data-problems'), []);
  list($('data-warnings'), []);
  if (!data) return update();
  status.textContent = 'De gegevens worden gecontroleerd…';
  try {
    const progress = (done, total) => run === checking && (status.textContent = `${done} van ${total} gemeenten gecontroleerd…`);
    const { index, problems, warnings } = await checkData(data, chosen ? [chosen] : [], progress);
    if (run !== checking) return;
    list($('data-problems'), problems);
    list($('data-warnings'), warnings);
    if (!index) {
      status.textContent = `De stemhulp kan deze gegevens niet gebruiken: ${problems.length} ${problems.length === 1 ? 'fout' : 'fouten'} in index.json.`;
      return update();
    }
    if (newAddress) {
      organisationUrl = index.organisation?.url ?? '';
      for (const m of index.municipalities) {
        const name = typeof m.name === 'string' ? m.name : (m.name.nl ?? Object.values(m.name)[0] ?? m.code);
        select.append(new Option(`${name} (${m.code})`, m.code));
      }
      select.value = chosen;
    }
    const n = index.municipalities.length;
    const bad = new Set(problems.map((p) => p.file)).size;
    status.textContent =
      `${n} ${n === 1 ? 'gemeente' : 'gemeenten'} gevonden. ` +
      (problems.length
        ? `${problems.length} ${problems.length === 1 ? 'fout' : 'fouten'} in ${bad} ${bad === 1 ? 'bestand' : 'bestanden'}: zie hieronder.`
        : 'Geen fouten gevonden.');
  } catch (e) {
    if (run !== checking) return;
    status.textContent = e.message;
  }
  update();
}

async function copy() {
  const text = $('snippet').value;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Older browsers, or no permission: copy the selected text the old way.
    $('snippet').select();
    if (!document.execCommand('copy')) {
      $('copy-status').textContent = 'Kopiëren lukte niet. Selecteer de code en kopieer die zelf.';
      return;
    }
  }
  $('copy-status').textContent = 'De code is gekopieerd.';
}

/** Takes the typed data address (see dataAddress); checks it only when it changed. */
function takeAddress() {
  clearTimeout(typing);
  const typed = absolute($('data').value);
  if (typed === dataAddress) return update();
  dataAddress = typed;
  // Up to its first wait, check() has emptied the gemeente list: the preview follows at once.
  check(true);
  update();
}

form.addEventListener('input', (e) => {
  update();
  if (e.target.id === 'data') {
    clearTimeout(typing);
    typing = setTimeout(takeAddress, 1500);
  }
});
form.addEventListener('change', (e) => {
  if (e.target.id === 'data') return takeAddress();
  update();
  if (e.target.id === 'gemeente') check(false);
});
form.addEventListener('submit', (e) => e.preventDefault());
$('accent').addEventListener('input', () => {
  $('own-accent').checked = true;
  update();
});
$('copy').addEventListener('click', copy);
check(true);
