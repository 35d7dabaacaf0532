/**
 * The page inside the iframe (dist/embed.html): one widget, configured by the query
 * string, reporting its height to the parent page. Anyone can write such a link, so only
 * values of a known shape are passed on, and data comes only from the origins the page
 * was built with and those its host lists in embed.config.json beside it (data-policy.ts).
 */
import { baseLanguage, isRtl } from '../core/lang.js';
import { houseColours } from './colours.js';
import { CONFIG_FILE, enforceDataPolicy } from './data-policy.js';
import type { AskMessage, HeightMessage } from './messages.js';

const params = new URLSearchParams(location.search);

/** The config's problem: for the host, in the console and on the page; nothing is loaded. */
const broken: Record<string, string> = {
  nl: 'Deze stemhulp is niet goed ingesteld: het bestand embed.config.json naast embed.html klopt niet.',
  en: 'This voting aid is not set up correctly: the file embed.config.json beside embed.html is wrong.',
  ar: 'دليل التصويت هذا غير مُعدّ بشكل صحيح: الملف embed.config.json بجانب embed.html غير صحيح.',
};

/** Each parameter the link may set, with the only shape it may have. */
const accepted: Record<string, RegExp> = {
  src: /^./,
  gemeente: /^./,
  // A language tag, not a sentence: it ends up in the page's lang attribute.
  lang: /^[a-z]{2,3}([-_][a-z0-9]{2,8}){0,3}$/i,
  timeout: /^\d{1,6}$/,
  loading: /^(lazy|eager)$/,
  theme: /^(light|dark|auto)$/i,
};

/**
 * Heights are rounded up to whole steps: the exact height of the screen changes with what
 * the reader does (an explanation opened, a hint shown), and the parent page may be anyone's.
 */
const STEP = 100;

function show() {
  const el = document.createElement('stemhulp-widget');
  for (const [name, shape] of Object.entries(accepted)) {
    const value = params.get(name);
    if (value && shape.test(value)) el.setAttribute(name, value);
  }
  const lang = el.getAttribute('lang');
  if (lang) document.documentElement.lang = lang;
  // The reader's scheme decides which background the accent must be read on; it may change while open.
  const colour = () => {
    el.style.removeProperty('--stemhulp-color-accent');
    el.style.removeProperty('--stemhulp-color-accent-text');
    for (const [name, value] of Object.entries(houseColours(params, scheme()))) el.style.setProperty(name, value);
  };
  colour();
  dark.addEventListener('change', colour);
  document.body.append(el);
  report(el);
}

const dark = matchMedia('(prefers-color-scheme: dark)');
// A link's theme=light|dark fixes the background whatever the reader's scheme.
const scheme = () => (/^(light|dark)$/i.test(params.get('theme') ?? '') ? (params.get('theme')!.toLowerCase() as 'light' | 'dark') : dark.matches ? 'dark' : 'light');

/**
 * Reports the height of `el` (the widget, or the config's error) to the parent, as it changes.
 * The result's height depends on the answers: whether a caution shows, which party's
 * comparison is open, how the ranked names wrap. The parent may be anyone's and may change
 * the frame's width and ask again, so there the height is never told: the frame takes a
 * screen's height (the parent's viewport) and scrolls inside.
 */
function report(el: HTMLElement) {
  const onResult = () => !!el.shadowRoot?.querySelector('[part~="result"]');
  let last: HeightMessage['height'] = -1;
  /** The widget's own height, never the viewport's: sizing by the iframe's size would feed back into itself. */
  function post(force = false) {
    // A display:none iframe has no width: its height would be meaningless until it is shown.
    if (!innerWidth) return;
    const height = onResult() ? 'screen' : Math.ceil(el.getBoundingClientRect().height / STEP) * STEP;
    if (!force && (height === last || height === 0)) return;
    last = height;
    // The height (in whole steps, or "a screen") is no secret, so any parent may read it; answers never leave this page.
    parent.postMessage({ type: 'stemhulp:height', height } satisfies HeightMessage, '*');
  }
  new ResizeObserver(() => post()).observe(el);
  addEventListener('message', (e: MessageEvent<AskMessage>) => {
    if (e.source === parent && e.data?.type === 'stemhulp:ask') post(true);
  });
}

// Without `src` nothing is loaded, so embed.config.json is not asked for.
enforceDataPolicy(!!params.get('src')).then(show, (e: Error) => {
  console.error(`stemhulp-widget: ${CONFIG_FILE} beside ${location.pathname} ${e.message}. Nothing is loaded until it is fixed (README, Iframe).`);
  const box = document.createElement('div');
  box.className = 'config-error';
  box.setAttribute('role', 'alert');
  const lang = baseLanguage(params.get('lang') ?? '');
  const p = document.createElement('p');
  p.textContent = broken[Object.hasOwn(broken, lang) ? lang : 'nl'];
  if (Object.hasOwn(broken, lang)) document.documentElement.lang = lang;
  if (Object.hasOwn(broken, lang) && isRtl(lang)) document.documentElement.dir = 'rtl';
  // The reason in the console's words, marked as English.
  const why = document.createElement('p');
  why.lang = 'en';
  why.dir = 'ltr';
  why.textContent = `${CONFIG_FILE} ${e.message}.`;
  box.append(p, why);
  document.body.append(box);
  report(box);
});
