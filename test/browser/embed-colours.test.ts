/** Which house colours an embed link may set (src/embed/colours.ts): only a readable accent pair. */
import { expect } from '@open-wc/testing';
import { contrast, houseColours } from '../../src/embed/colours.js';

const query = (q: Record<string, string>) => new URLSearchParams(q);

describe('house colours from an embed link', () => {
  it('takes the accent pair the generator writes when both read at 4.5:1', () => {
    const pair = { '--stemhulp-color-accent': '#aa0000', '--stemhulp-color-accent-text': '#ffffff' };
    expect(houseColours(query(pair), 'light')).to.deep.equal(pair);
  });

  it('ignores every other colour property', () => {
    const q = query({ '--stemhulp-color-muted': '#ffffff', '--stemhulp-color-background': '#ffffff', '--stemhulp-color-text': '#fff' });
    expect(houseColours(q, 'light')).to.deep.equal({});
    expect(houseColours(q, 'dark')).to.deep.equal({});
  });

  it("refuses an accent that would hide links on the background, keeping the widget's own", () => {
    expect(houseColours(query({ '--stemhulp-color-accent': '#fff' }), 'light')).to.deep.equal({});
    expect(houseColours(query({ '--stemhulp-color-accent': '#fff', '--stemhulp-color-accent-text': '#000' }), 'light')).to.deep.equal({});
    // Dark red reads on white but not on the dark background: used in light only.
    const red = query({ '--stemhulp-color-accent': '#aa0000', '--stemhulp-color-accent-text': '#ffffff' });
    expect(houseColours(red, 'dark')).to.deep.equal({});
  });

  it('refuses a text colour that cannot be read on the accent, and anything not hex', () => {
    expect(houseColours(query({ '--stemhulp-color-accent': '#aa0000', '--stemhulp-color-accent-text': '#cc3333' }), 'light')).to.deep.equal({});
    expect(houseColours(query({ '--stemhulp-color-accent': '#aa000000' }), 'light')).to.deep.equal({});
    expect(houseColours(query({ '--stemhulp-color-accent': '#aa0000', '--stemhulp-color-accent-text': 'white' }), 'light')).to.deep.equal({});
  });

  it('measures contrast as WCAG does, short hex included', () => {
    expect(contrast('#000', '#ffffff')).to.be.closeTo(21, 0.01);
    expect(contrast('#767676', '#fff')).to.be.closeTo(4.54, 0.01);
  });
});
