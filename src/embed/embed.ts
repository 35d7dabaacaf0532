/**
 * The page inside the iframe (dist/embed.html): one widget, configured by the query
 * string, reporting its height to the parent page.
 */
import type { AskMessage, HeightMessage } from './messages.js';

const params = new URLSearchParams(location.search);
const el = document.createElement('stemhulp-widget');
for (const name of ['src', 'gemeente', 'lang', 'timeout', 'loading']) {
  const value = params.get(name);
  if (value) el.setAttribute(name, value);
}
const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;

// House colours from the embed code. Only plain colours: a parameter must not inject CSS.
const colour = /^#[0-9a-f]{3,8}$/i;
for (const [name, value] of params) {
  if (/^--stemhulp-color-[a-z-]+$/.test(name) && colour.test(value)) el.style.setProperty(name, value);
}
document.body.append(el);

let last = -1;
/** The widget's own height, never the viewport's: sizing by the iframe's size would feed back into itself. */
function post(force = false) {
  // A display:none iframe has no width: its height would be meaningless until it is shown.
  if (!innerWidth) return;
  const height = Math.ceil(el.getBoundingClientRect().height);
  if (!force && (height === last || height === 0)) return;
  last = height;
  // The height is no secret, so any parent may read it; answers never leave this page.
  parent.postMessage({ type: 'stemhulp:height', height } satisfies HeightMessage, '*');
}
new ResizeObserver(() => post()).observe(el);
addEventListener('message', (e: MessageEvent<AskMessage>) => {
  if (e.source === parent && e.data?.type === 'stemhulp:ask') post(true);
});
