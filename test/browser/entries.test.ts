import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { unsafeStatic, html } from 'lit/static-html.js';

interface PackCheck {
  ok: boolean;
  dom: string;
  scores: number[];
}

// No helpers import here: this page must not have registered <stemhulp-widget> itself.
describe('package entries (npm test builds dist/ first)', () => {
  it('stemhulp-widget/format works from a packed copy in plain Node: validates and scores, no DOM', async function () {
    this.timeout(60000);
    const result = await executeServerCommand<PackCheck, undefined>('npm-pack-format');
    expect(result.ok, 'the fixture validates').to.equal(true);
    expect(result.dom, 'Node has no document').to.equal('undefined');
    expect(result.scores.length).to.be.greaterThan(0);
    for (const s of result.scores) expect(s).to.be.within(0, 100);
  });

  it('stemhulp-widget/element exports the class without registering it; a host registers its own tag', async () => {
    const pkg = await (await fetch('/package.json')).json();
    const { StemhulpWidget } = await import(/* @vite-ignore */ `/${pkg.exports['./element'].import.replace(/^\.\//, '')}`);
    expect(customElements.get('stemhulp-widget'), 'nothing registered by the import').to.equal(undefined);
    customElements.define('mijn-stemhulp', class extends StemhulpWidget {});
    const el = await fixture(html`<${unsafeStatic('mijn-stemhulp')}></${unsafeStatic('mijn-stemhulp')}>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const heading = el.shadowRoot!.querySelector('h3');
    expect(heading?.textContent).to.equal('Onze speerpunten');
  });

  it('package.json declares its side effects: only the registering and embed scripts', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(pkg.sideEffects).to.include('./dist/stemhulp-widget.js');
    expect(pkg.sideEffects).to.not.include('./dist/element.js');
    expect(pkg.sideEffects).to.not.include('./dist/format.js');
  });
});
