import { expect } from '@open-wc/testing';
import { define, VERSION } from '../../src/define.js';
import '../../src/index.js';

function loadClassic(src: string) {
  return new Promise<void>((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}

describe('registration', () => {
  it('survives the ESM and the classic bundle loaded on the same page, with a warning naming both versions', async () => {
    const first = customElements.get('stemhulp-widget');
    expect(first).to.exist;
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      // @ts-expect-error: the built bundle has no type declarations beside it
      await import('/dist/stemhulp-widget.js');
      await loadClassic('/dist/stemhulp-widget.iife.js');
      // The classic script loads the module build beside it, the same module as above: nothing runs twice.
      await window.StemhulpWidget!.ready;
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(customElements.get('stemhulp-widget')).to.equal(first);
    // The test build says __VERSION__, the bundles their package version.
    expect(warnings.some((w) => /already defined by stemhulp-widget __VERSION__.*\(\d+\.\d+\.\d+\)/.test(w))).to.equal(true);
  });

  it('define() under another tag name gives a working element', async () => {
    const cls = define('mijn-stemhulp');
    expect(customElements.get('mijn-stemhulp')).to.equal(cls);
    expect(define('mijn-stemhulp')).to.equal(cls);
    const el = document.createElement('mijn-stemhulp');
    document.body.append(el);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Onze speerpunten');
    el.remove();
  });

  it('names both versions when another version got there first, and stays quiet for the same version', async () => {
    class Older extends HTMLElement {}
    Object.defineProperty(Older, Symbol.for('stemhulp-widget.version'), { value: '0.0.9' });
    customElements.define('ouder-stemhulp', Older);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      expect(define('ouder-stemhulp')).to.equal(Older);
      define('mijn-stemhulp');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('stemhulp-widget 0.0.9').and.contain(`(${VERSION})`);
  });
});
