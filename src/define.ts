import { StemhulpWidget } from './element/stemhulp-widget.js';

/** Version of this build, compared when a second copy of the script meets the first. */
export const VERSION = '__VERSION__';

const versionKey = Symbol.for('stemhulp-widget.version');

/**
 * Registers the element under `tag`. News sites load scripts twice (an ESM and a classic
 * copy, or two versions): the second registration is skipped, with a warning when the
 * versions differ, instead of throwing as `customElements.define` would.
 */
export function define(tag = 'stemhulp-widget'): CustomElementConstructor {
  const existing = customElements.get(tag);
  if (existing) {
    const theirs = (existing as unknown as Record<symbol, string>)[versionKey];
    if (theirs !== VERSION) {
      console.warn(`<${tag}> is already defined by stemhulp-widget ${theirs ?? '(unknown version)'}; ` + `this copy (${VERSION}) is not used. Load the script once.`);
    }
    return existing;
  }
  // A subclass per tag: one class cannot be registered under two names.
  const cls = class extends StemhulpWidget {};
  Object.defineProperty(cls, versionKey, { value: VERSION });
  customElements.define(tag, cls);
  return cls;
}

declare global {
  interface HTMLElementTagNameMap {
    'stemhulp-widget': StemhulpWidget;
  }
}
