// The embed-code generator: builds the snippet a site owner pastes, and shows it live.
const $ = (id) => document.getElementById(id);
const form = $('options');
const widgetBase = new URL('../dist/', location.href).href;

// Colours for "Donker": custom properties set by the host, nothing built into the widget.
const dark = {
  '--stemhulp-color-text': '#f2f2f5',
  '--stemhulp-color-background': '#1c1c1f',
  '--stemhulp-color-surface': '#2c2c33',
  '--stemhulp-color-border': '#9a9aa6',
  '--stemhulp-color-accent': '#8cc4ff',
  '--stemhulp-color-accent-text': '#0b1a2a',
  '--stemhulp-color-muted': '#c8c8d0',
  '--stemhulp-color-focus': '#8cc4ff',
  '--stemhulp-color-error': '#ff8a80',
};

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function options() {
  const f = new FormData(form);
  let data = '';
  try {
    data = new URL(f.get('data'), location.href).href;
  } catch {
    data = '';
  }
  const theme = f.get('theme');
  const colours = theme === 'dark' ? dark : theme === 'accent' ? { '--stemhulp-color-accent': f.get('accent') } : {};
  return { data, gemeente: f.get('gemeente'), lang: f.get('lang'), colours, mode: f.get('mode') };
}

function scriptSnippet(o) {
  const attrs = [`src="${escapeAttr(o.data)}"`];
  if (o.gemeente) attrs.push(`gemeente="${escapeAttr(o.gemeente)}"`);
  if (o.lang) attrs.push(`lang="${escapeAttr(o.lang)}"`);
  const style = Object.entries(o.colours).map(([k, v]) => `${k}: ${v}`).join('; ');
  if (style) attrs.push(`style="${escapeAttr(style)}"`);
  return `<script type="module" src="${widgetBase}stemhulp-widget.js"></script>
<stemhulp-widget ${attrs.join(' ')}>
  <a href="https://example.org/">Doe de stemhulp</a>
</stemhulp-widget>`;
}

function iframeUrl(o) {
  const q = new URLSearchParams({ src: o.data });
  if (o.gemeente) q.set('gemeente', o.gemeente);
  if (o.lang) q.set('lang', o.lang);
  for (const [k, v] of Object.entries(o.colours)) q.set(k, v);
  return `${widgetBase}embed.html?${q}`;
}

function iframeSnippet(o) {
  return `<iframe data-stemhulp src="${escapeAttr(iframeUrl(o))}" title="Stemhulp" height="900" style="width: 100%; border: 0"></iframe>
<script src="${widgetBase}embed-resize.js"></script>`;
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
    frame.src = iframeUrl(o);
    box.append(frame);
    return;
  }
  const el = document.createElement('stemhulp-widget');
  el.setAttribute('src', o.data);
  if (o.gemeente) el.setAttribute('gemeente', o.gemeente);
  if (o.lang) el.setAttribute('lang', o.lang);
  for (const [k, v] of Object.entries(o.colours)) el.style.setProperty(k, v);
  box.append(el);
}

let lastPreview = '';
function update() {
  const o = options();
  $('snippet').value = o.mode === 'iframe' ? iframeSnippet(o) : scriptSnippet(o);
  $('copy-status').textContent = '';
  // Rebuild the preview only when something changed, so it does not flash on every keystroke.
  const key = JSON.stringify(o);
  if (key !== lastPreview) preview(o);
  lastPreview = key;
}

/** Fills the gemeente list from the index at the chosen address. */
async function loadGemeenten() {
  const select = $('gemeente');
  const status = $('data-status');
  const chosen = select.value;
  select.replaceChildren(new Option('De lezer kiest zelf', ''));
  const { data } = options();
  if (!data) return;
  try {
    const res = await fetch(data, { credentials: 'omit' });
    const index = await res.json();
    for (const m of index.municipalities ?? []) {
      const name = typeof m.name === 'string' ? m.name : (m.name?.nl ?? m.code);
      select.append(new Option(`${name} (${m.code})`, String(m.code).toUpperCase()));
    }
    select.value = chosen;
    status.textContent = `${index.municipalities?.length ?? 0} gemeenten gevonden.`;
  } catch {
    status.textContent = 'Op dit adres staan geen gegevens die de stemhulp kan lezen.';
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
form.addEventListener('change', (e) => (e.target.id === 'data' ? loadGemeenten() : update()));
form.addEventListener('submit', (e) => e.preventDefault());
$('accent').addEventListener('input', () => {
  form.elements.theme.value = 'accent';
  update();
});
$('copy').addEventListener('click', copy);
loadGemeenten();
