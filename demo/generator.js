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
    colours['--stemhulp-color-accent'] = f.get('accent');
    colours['--stemhulp-color-accent-text'] = accent.text;
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
  const style = Object.entries(o.colours).map(([k, v]) => `${k}: ${v}`).join('; ');
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
      `Iframe: embed.html toont alleen gegevens van de herkomsten waarvoor het gebouwd is; standaard alleen die van embed.html zelf (${new URL(o.widget).origin}). Bouw het voor ${new URL(o.data).origin} (README: Iframe, STEMHULP_DATA_ORIGINS) of zet de gegevens ernaast.`,
    );
  }
  for (const p of o.accent?.problems ?? []) {
    out.push(`Eigen kleur: tekst ${p.where} is slecht leesbaar (${ratioText(p.ratio)}; minstens 4,5:1 nodig). Kies een donkerdere of lichtere kleur.`);
  }
  return out;
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

let lastPreview = '';
function update() {
  const o = options();
  const code = o.mode === 'iframe' ? iframeSnippet(o) : scriptSnippet(o);
  // "Gekopieerd" stays true until the code itself changes.
  if (code !== $('snippet').value) $('copy-status').textContent = '';
  $('snippet').value = code;
  $('accent-status').textContent = o.accent ? `Tekst op de knoppen: ${o.accent.text === '#ffffff' ? 'wit' : 'zwart'} (${ratioText(o.accent.ratio)}).` : '';
  $('warnings').replaceChildren(...warnings(o).map((w) => Object.assign(document.createElement('li'), { textContent: w })));
  // Rebuild the preview only when something it shows changed, so it does not flash on every keystroke.
  const { fallback, widget, accent, ...shown } = o;
  const key = JSON.stringify(shown);
  if (key !== lastPreview) preview(o);
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
  const { data } = options();
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
      (problems.length ? `${problems.length} ${problems.length === 1 ? 'fout' : 'fouten'} in ${bad} ${bad === 1 ? 'bestand' : 'bestanden'}: zie hieronder.` : 'Geen fouten gevonden.');
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

form.addEventListener('input', update);
form.addEventListener('change', (e) => {
  update();
  if (e.target.id === 'data' || e.target.id === 'gemeente') check(e.target.id === 'data');
});
form.addEventListener('submit', (e) => e.preventDefault());
$('accent').addEventListener('input', () => {
  $('own-accent').checked = true;
  update();
});
$('copy').addEventListener('click', copy);
check(true);
