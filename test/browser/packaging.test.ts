import { expect } from '@open-wc/testing';

const json = async (path: string) => (await fetch(path)).json();
const exists = async (path: string) => (await fetch(path, { method: 'HEAD' })).ok;

interface Manifest {
  modules: {
    declarations?: { tagName?: string; attributes?: { name: string }[]; events?: { name: string }[]; cssParts?: { name: string }[]; cssProperties?: { name: string }[] }[];
  }[];
}

describe('package (npm test builds dist/ first)', () => {
  // The CDN entry is the full classic bundle: a CDN's short address (https://unpkg.com/stemhulp-widget)
  // redirects to the file, which hides from the classic loader the folder its module build is in.
  it('every entry point in package.json names a built file; the CDN entry is the full classic bundle', async () => {
    const pkg = await json('/package.json');
    const paths = [pkg.main, pkg.module, pkg.types, pkg.unpkg, pkg.jsdelivr, pkg.customElements, pkg.exports['.'].types, pkg.exports['.'].import];
    for (const target of Object.values(pkg.exports)) if (typeof target === 'string') paths.push(target);
    for (const path of paths) expect(await exists(`/${path.replace(/^\.\//, '')}`), path).to.equal(true);
    expect(pkg.unpkg).to.equal('dist/stemhulp-widget.full.iife.js');
    expect(pkg.jsdelivr).to.equal(pkg.unpkg);
  });

  it('custom-elements.json describes the element: attributes, event, parts, custom properties', async () => {
    const pkg = await json('/package.json');
    const manifest: Manifest = await json(`/${pkg.customElements}`);
    const el = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'stemhulp-widget')!;
    expect(el, 'a declaration with tagName stemhulp-widget').to.exist;
    expect(el.attributes!.map((a) => a.name)).to.have.members(['src', 'gemeente', 'timeout', 'loading', 'event-scores', 'lang', 'languages', 'share', 'kiosk', 'theme']);
    expect(el.events!.map((e) => e.name)).to.deep.equal(['stemhulp-complete']);
    expect(el.cssParts!.map((p) => p.name)).to.include.members(['card', 'start', 'answer', 'result', 'error', 'keep', 'shared-notice']);
    expect(el.cssProperties!.map((p) => p.name)).to.include.members(['--stemhulp-color-accent', '--stemhulp-font']);
  });
});
