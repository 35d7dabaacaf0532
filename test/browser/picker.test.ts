import { expect, fixture, html } from '@open-wc/testing';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { basicSrc, chooseGemeente, click, findByRole, widget } from '../harness/helpers.js';
import { statementHeading } from '../harness/helpers.js';

// The picker's options are plain DOM made once per element and list (not a Lit template
// each): these check what that must not change for a reader.
const names = (select: HTMLSelectElement) => [...select.options].map((o) => o.textContent!.trim());
const picker = async (el: StemhulpWidget) => (await findByRole(el, 'combobox', 'Gemeente')) as HTMLSelectElement;

describe('gemeente picker', () => {
  it('keeps every gemeente and the choice when the reader comes back from the quiz', async () => {
    const el = await widget();
    await chooseGemeente(el, 'GM0002');
    await click(el, 'button', 'Start de stemhulp');
    await findByRole(el, 'heading', statementHeading('Inline stelling A'));
    await click(el, 'button', 'Vorige');
    const select = await picker(el);
    expect(names(select)).to.deep.equal(['Kies je gemeente', 'Aadorp', 'Bedorp', 'Cedorp', 'Dedorp']);
    expect(select.value).to.equal('GM0002');
    expect(select.selectedOptions[0].textContent).to.equal('Bedorp');
  });

  it('gives two widgets on one page each all their gemeenten', async () => {
    const box = await fixture<HTMLElement>(html`<div><stemhulp-widget src=${basicSrc}></stemhulp-widget><stemhulp-widget src=${basicSrc}></stemhulp-widget></div>`);
    const [a, b] = [...box.querySelectorAll('stemhulp-widget')];
    const [sa, sb] = [await picker(a), await picker(b)];
    expect(names(sa)).to.have.length(5);
    expect(names(sb)).to.deep.equal(names(sa));
    await chooseGemeente(b, 'GM0002');
    expect(sa.value).to.equal('');
    expect(sb.value).to.equal('GM0002');
  });

  it('follows a change of language: the names and their order in the new language, the choice kept', async () => {
    const el = await widget();
    await chooseGemeente(el, 'GM0002');
    el.lang = 'en';
    await findByRole(el, 'combobox', 'Municipality');
    const select = (await findByRole(el, 'combobox', 'Municipality')) as HTMLSelectElement;
    expect(names(select)).to.deep.equal(['Choose your municipality', 'Aadorp', 'Bevillage', 'Cedorp', 'Dedorp']);
    expect(select.value).to.equal('GM0002');
  });
});
