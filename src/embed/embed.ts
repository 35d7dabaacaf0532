/**
 * The page inside the iframe (dist/embed.html): one widget, configured by the query
 * string, reporting its height to the parent page. Anyone can write such a link, so only
 * values of a known shape are passed on, and data comes only from the origins the page
 * was built with (data-policy.ts).
 */
import { houseColours } from './colours.js';
import { guardedFetch, pageOrigins } from './data-policy.js';
import type { AskMessage, HeightMessage } from './messages.js';

// Before the widget asks for anything: data only from the origins this page was built with.
const origins = pageOrigins();
if (origins) window.fetch = guardedFetch(origins);

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

const params = new URLSearchParams(location.search);
const el = document.createElement('stemhulp-widget');
for (const [name, shape] of Object.entries(accepted)) {
  const value = params.get(name);
  if (value && shape.test(value)) el.setAttribute(name, value);
}
const lang = el.getAttribute('lang');
if (lang) document.documentElement.lang = lang;

// The reader's scheme decides which background the accent must be read on; it may change while open.
const dark = matchMedia('(prefers-color-scheme: dark)');
// A link's theme=light|dark fixes the background whatever the reader's scheme.
const scheme = () => (/^(light|dark)$/i.test(params.get('theme') ?? '') ? (params.get('theme')!.toLowerCase() as 'light' | 'dark') : dark.matches ? 'dark' : 'light');
function colour() {
  el.style.removeProperty('--stemhulp-color-accent');
  el.style.removeProperty('--stemhulp-color-accent-text');
  for (const [name, value] of Object.entries(houseColours(params, scheme()))) el.style.setProperty(name, value);
}
colour();
dark.addEventListener('change', colour);
document.body.append(el);

/**
 * The result's height depends on the answers: whether a caution shows, which party's
 * comparison is open, how the ranked names wrap. The parent may be anyone's and may change
 * the frame's width and ask again, so there the height is never told: the frame takes a
 * screen's height (the parent's viewport) and scrolls inside.
 */
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
