/**
 * The classic script, `stemhulp-widget.iife.js`, for hosts that take only `<script src>`:
 * a small loader of the ES module build beside it. A classic script may `import()`
 * modules, so its readers download what a module reader downloads (the main chunk, then
 * each lazy chunk when it is needed) instead of one bundle with every view and language.
 *
 * The module build is found beside this script's own address, with the same query (a
 * host's `?ver=0.2.0` is for its caches); a fragment means nothing to a server. Where
 * `import()` is refused (the chunks on another origin without CORS, served with a type
 * that is not JavaScript, or a Content-Security-Policy that allows this file but not its
 * folder), the full classic bundle beside it, `stemhulp-widget.full.iife.js`, is loaded
 * instead: it needs none of that. A browser without `import()` cannot parse this file, but
 * it could not run the widget's ES2020 either.
 */
import type * as Widget from './index.js';

type Exports = typeof Widget;

declare global {
  interface Window {
    /** `define` gives a promise of the class until the code is there, then the class itself. */
    StemhulpWidget?: Partial<Omit<Exports, 'define'>> & { ready: Promise<Exports>; define(tag?: string): CustomElementConstructor | Promise<CustomElementConstructor> };
    trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): string } };
  }
}

const own = (document.currentScript as HTMLScriptElement | null)?.src ?? '';
const beside = (file: string) => new URL(file + (/\?[^#]*/.exec(own)?.[0] ?? ''), own).href;

/** The full bundle as a classic script; its exports are on `window.StemhulpWidget` once it has run. */
function full(): Promise<Exports> {
  return new Promise((resolve, reject) => {
    const url = beside('stemhulp-widget.full.iife.js');
    const s = document.createElement('script');
    // Under Trusted Types a script's address must be a TrustedScriptURL: a policy of our
    // own that passes only this one address (else the page's default policy decides).
    let src = url;
    try {
      src = window.trustedTypes?.createPolicy('stemhulp-widget', { createScriptURL: (u) => (u === url ? u : '') }).createScriptURL(url) ?? url;
    } catch {
      // The page's `trusted-types` list does not name this policy.
    }
    s.src = src;
    s.onload = () => resolve(window.StemhulpWidget as Exports);
    s.onerror = reject;
    document.head.append(s);
  });
}

// In a promise: without an address of its own (not loaded by a <script src>) the loader warns, never throws into the page.
const ready = Promise.resolve()
  .then(() => import(/* @vite-ignore */ beside('stemhulp-widget.js')) as Promise<Exports>)
  .catch((e) => {
    console.warn('stemhulp-widget: could not import the module build beside this script; loading the full classic bundle', e);
    return full();
  });

/**
 * What a page finds on `window.StemhulpWidget` at once: `ready` (resolves to the exports)
 * and `define(tag)`, which registers once the code is there. The exports join it then.
 */
const api: NonNullable<Window['StemhulpWidget']> = { ready, define: (tag) => ready.then((m) => m.define(tag)) };
window.StemhulpWidget = api;
ready.then(
  (m) => void (window.StemhulpWidget = Object.assign(api, m)),
  (e) => console.warn('stemhulp-widget: could not load', e),
);
