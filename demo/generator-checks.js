// The generator's checks, apart from its page: data with the widget's own validator,
// addresses that only work on the editor's computer, colour contrast, the fallback text.
import { bundledKeyPoints, validateIndex, validateMunicipalityFile } from '../dist/format.js';

/** Addresses that reach only the computer they are opened on. */
export function isLocalAddress(url) {
  let host;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || host === '0.0.0.0' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The widget's own backgrounds and dark text (README, Styling). */
export const backgrounds = { light: '#ffffff', dark: '#17171a' };
const darkText = '#1d1d1f';

/**
 * For a house colour as accent: the readable text colour on it (white or near-black,
 * whichever contrasts more) and what stays below 4.5:1, the WCAG AA minimum for text.
 * The accent is also the colour of links and outlined buttons on the background, in
 * each scheme the page can show.
 */
export function accentCheck(accent, theme) {
  const onWhite = contrast(accent, '#ffffff');
  const onDark = contrast(accent, darkText);
  const text = onWhite >= onDark ? '#ffffff' : darkText;
  const problems = [];
  const best = Math.max(onWhite, onDark);
  if (best < 4.5) problems.push({ where: 'op knoppen in deze kleur', ratio: best });
  const schemes = theme === 'auto' ? ['light', 'dark'] : [theme];
  for (const scheme of schemes) {
    const ratio = contrast(accent, backgrounds[scheme]);
    if (ratio < 4.5) problems.push({ where: `voor links en knoppen op de ${scheme === 'light' ? 'lichte' : 'donkere'} achtergrond`, ratio, scheme });
  }
  return { text, ratio: contrast(accent, text), problems };
}

/** "3,2:1" as a Dutch reader writes it. */
export const ratioText = (r) => `${(Math.floor(r * 10) / 10).toLocaleString('nl')}:1`;

/** The fallback link's text in the widget's language; "" (the page's) gets Dutch. */
export const fallbackTexts = {
  nl: 'Doe de stemhulp',
  en: 'Take the voting aid',
  ar: 'ابدأ دليل التصويت',
};

async function fetchJson(url) {
  let res;
  try {
    res = await fetch(url, { credentials: 'omit', cache: 'no-store' });
  } catch {
    const other = new URL(url).origin !== location.origin;
    throw new Error(
      other
        ? `Dit adres kon niet worden gelezen. Staat het op een andere website, dan moet die de header Access-Control-Allow-Origin: * meesturen (README, Voor redacties, stap 2); of het adres klopt niet.`
        : 'Dit adres kon niet worden gelezen: de server antwoordt niet.',
    );
  }
  if (!res.ok) throw new Error(`Op dit adres staat geen bestand (HTTP ${res.status}).`);
  try {
    return { json: await res.json(), url: res.url || url };
  } catch {
    throw new Error('Op dit adres staan geen gegevens die de stemhulp kan lezen: het is geen JSON-bestand.');
  }
}

/**
 * Checks the data at `url` as the widget will: the index, and the files of the gemeenten
 * in `codes` (all when empty), four at a time. `onProgress(done, total)` is called per file.
 * Returns the index (or undefined when it is unusable) and every problem found, each with
 * the file or gemeente it belongs to.
 */
export async function checkData(url, codes = [], onProgress = () => {}) {
  const problems = [];
  const warnings = [];
  const { json, url: finalUrl } = await fetchJson(url);
  const v = validateIndex(json, finalUrl, bundledKeyPoints);
  for (const w of v.warnings) warnings.push({ file: 'index.json', ...w });
  if (!v.ok) {
    for (const e of v.errors) problems.push({ file: 'index.json', ...e });
    return { index: undefined, problems, warnings };
  }
  const index = v.value;
  const keyPointIds = index.keyPoints.map((k) => k.id);
  for (const m of index.municipalities) {
    for (const e of m.problems ?? []) problems.push({ file: `index.json (${m.code})`, ...e });
  }
  const toCheck = index.municipalities.filter((m) => m.data && (!codes.length || codes.includes(m.code)));
  let done = 0;
  const queue = [...toCheck];
  const worker = async () => {
    for (let m; (m = queue.shift());) {
      const file = new URL(m.data).pathname.split('/').pop();
      try {
        const { json: content } = await fetchJson(m.data);
        const r = validateMunicipalityFile(content, m.code, keyPointIds);
        for (const w of r.warnings) warnings.push({ file: `${file} (${m.code})`, ...w });
        if (!r.ok) for (const e of r.errors) problems.push({ file: `${file} (${m.code})`, ...e });
      } catch (e) {
        problems.push({ file: `${file} (${m.code})`, path: '', message: e.message });
      }
      onProgress(++done, toCheck.length);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return { index, problems, warnings };
}
