/**
 * Finding things in the widget the way a reader (or screen reader) does: by role and
 * accessible name. A small subset of the accessible-name algorithm, enough for our own
 * markup; the axe checks verify that the markup itself is right.
 */
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import '../../src/index.js';
import { strings as ar } from '../../src/i18n/ar/ui.js';
import { strings as en } from '../../src/i18n/en/ui.js';
import { nl } from '../../src/i18n/nl/ui.js';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function textOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  // nodeType, not instanceof: the CSP test looks into a widget in an iframe, another realm.
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  if ((node as Element).getAttribute('aria-hidden') === 'true') return '';
  return [...node.childNodes].map(textOf).join('');
}

export function accessibleName(el: Element): string {
  const root = el.getRootNode() as ShadowRoot | Document;
  const labelledby = el.getAttribute('aria-labelledby');
  if (labelledby) {
    return norm(
      labelledby
        .split(/\s+/)
        .map((id) => textOf(root.getElementById(id)!))
        .join(' '),
    );
  }
  const label = el.getAttribute('aria-label');
  if (label) return norm(label);
  if (el.id) {
    const forLabel = root.querySelector(`label[for="${el.id}"]`);
    if (forLabel) return norm(textOf(forLabel));
  }
  if (el.localName === 'details') return '';
  // A fieldset is named by its legend, a table by its caption, a control by the label around it.
  const own = el.localName === 'fieldset' ? el.querySelector(':scope > legend') : el.localName === 'table' ? el.querySelector(':scope > caption') : undefined;
  if (own) return norm(textOf(own));
  const wrapping = el.localName === 'input' && el.closest('label');
  if (wrapping) return norm(textOf(wrapping));
  return norm(textOf(el));
}

const roleSelectors: Record<string, string> = {
  button: 'button, summary, [role="button"]',
  combobox: 'select',
  heading: 'h1, h2, h3, h4, h5, h6',
  link: 'a[href]',
  list: 'ol, ul',
  listitem: 'li',
  alert: '[role="alert"]',
  status: '[role="status"]',
  group: '[role="group"], fieldset',
  checkbox: 'input[type="checkbox"]',
  table: 'table',
  dialog: 'dialog',
  textbox: 'input[type="text"], input[type="url"], textarea',
  radiogroup: '[role="radiogroup"]',
  radio: 'input[type="radio"]',
};

function isVisible(el: Element) {
  return (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0;
}

/**
 * All visible elements with that role, optionally with that exact accessible name (or
 * matching a RegExp), in the widget `host` or inside an element of it (a group, a list).
 */
export function allByRole(host: Element, role: string, name?: string | RegExp): HTMLElement[] {
  const root = host.shadowRoot ?? host;
  return [...root.querySelectorAll<HTMLElement>(roleSelectors[role])].filter((el) => {
    if (!isVisible(el)) return false;
    if (name === undefined) return true;
    const n = accessibleName(el);
    return typeof name === 'string' ? n === name : name.test(n);
  });
}

export function queryByRole(host: Element, role: string, name?: string | RegExp): HTMLElement | undefined {
  return allByRole(host, role, name)[0];
}

export function getByRole(host: Element, role: string, name?: string | RegExp): HTMLElement {
  const el = queryByRole(host, role, name);
  if (!el) {
    const seen = allByRole(host, role).map(accessibleName);
    throw new Error(`No ${role} named ${String(name)}; visible ${role}s: ${JSON.stringify(seen)}`);
  }
  return el;
}

export async function findByRole(host: Element, role: string, name?: string | RegExp, timeout = 3000) {
  await waitUntil(() => queryByRole(host, role, name), `waiting for ${role} ${String(name ?? '')}`, { timeout });
  return getByRole(host, role, name);
}

/** The visible text of the widget, whitespace folded. */
export function visibleText(host: Element) {
  return norm(host.shadowRoot!.querySelector<HTMLElement>('.root')!.innerText);
}

export async function click(host: StemhulpWidget, role: string, name: string | RegExp) {
  (await findByRole(host, role, name)).click();
  await host.updateComplete;
}

/** The gemeente picker's label in every UI language, from the locale files themselves. */
const pickerLabel = new RegExp(`^(${[nl, en, ar].map((t) => t.gemeente).join('|')})$`);

/** Chooses a gemeente in the picker, whatever the widget's language. Looks before it waits (see a11y-helpers `find`). */
export async function chooseGemeente(host: StemhulpWidget, code: string) {
  const select = (queryByRole(host, 'combobox', pickerLabel) ?? (await findByRole(host, 'combobox', pickerLabel))) as HTMLSelectElement;
  select.value = code;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await host.updateComplete;
}

/**
 * The widget's own code: its lazy chunks (quiz, result, languages) come from where the
 * script is, like the script itself: unbundled from /src/ here, as dist/ chunks on a site.
 */
export const isWidgetCode = (path: string) => /^\/(src|node_modules)\/|^\/dist\/stemhulp-widget[\w-]*\.js$/.test(path);

/** Paths (with query) of every resource the page requested since `since` (performance.now()), split into data and the widget's code. */
export function requestsSince(since: number) {
  const paths = performance
    .getEntriesByType('resource')
    .filter((e) => e.startTime >= since)
    .map((e) => new URL(e.name).pathname + new URL(e.name).search)
    // WebKit's MiniBrowser asks for the test page's icon at some moment of its own: the browser's, not the widget's.
    .filter((p) => p !== '/favicon.ico');
  return { data: paths.filter((p) => !isWidgetCode(p)), code: paths.filter(isWidgetCode) };
}

/** What a `/__test/…` route of test/harness/server/middleware.mjs logged under `key`. */
export const serverLog = async (key: string) => (await (await fetch(`/__test/log/${key}`)).json()) as unknown[];

export type Spy = { calls: unknown[][]; restore: () => void };

/** Records every call of the method `obj[key]` (still calling it) until `restore()`. */
export function spyOn<T extends object>(obj: T, key: keyof T): Spy {
  const calls: unknown[][] = [];
  const desc = Object.getOwnPropertyDescriptor(obj, key)!;
  const orig = desc.value as (...a: unknown[]) => unknown;
  Object.defineProperty(obj, key, {
    ...desc,
    value(this: unknown, ...args: unknown[]) {
      calls.push(args);
      return orig.apply(this, args);
    },
  });
  return { calls, restore: () => Object.defineProperty(obj, key, desc) };
}

export const basicSrc = '/test/fixtures/basic/index.json';

export async function widget(src: string | undefined = basicSrc, gemeente?: string) {
  return fixture<StemhulpWidget>(html`<stemhulp-widget src=${ifDefined(src)} gemeente=${ifDefined(gemeente)}></stemhulp-widget>`);
}

/**
 * A statement's heading by its statement: its accessible name is the statement, then its
 * progress ("Stelling 2 van 10", "Statement 2 of 10", "العبارة 2 من 10"), read together.
 */
export const statementHeading = (statement: string) => new RegExp(`^${statement.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\S+ \\d+ \\S+ \\d+$`);
