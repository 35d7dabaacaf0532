/** src/core/lang.ts: base languages, right to left, and a table's entry for a language. */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { baseLanguage, forLanguage, isRtl } from '../../src/core/lang.js';

describe('language tags', () => {
  it('takes the base language of what a CMS may write', () => {
    expect(['en-GB', 'NL_nl', 'ar'].map(baseLanguage)).to.deep.equal(['en', 'nl', 'ar']);
  });

  it('takes Dari (prs) as Persian, in any case and with or without a region, as fa-AF', () => {
    expect(['prs', 'PRS', 'prs-AF', 'Prs_af', 'fa-AF', 'prsx'].map(baseLanguage)).to.deep.equal(['fa', 'fa', 'fa', 'fa', 'fa', 'prsx']);
    expect(['prs', 'prs-AF'].map(isRtl)).to.deep.equal([true, true]);
    expect(forLanguage({ nl: 'Dutch', fa: 'Persian' }, 'prs-AF')).to.equal('Persian');
  });

  it('knows which languages are written right to left', () => {
    expect(['ar-EG', 'fa', 'he', 'nl', 'en'].map(isRtl)).to.deep.equal([true, true, true, false, false]);
  });

  it("finds a table's entry by base language, and Dutch for a language it lacks or an Object key", () => {
    const table = { nl: 'Dutch', en: 'English' };
    expect(['en-US', 'EN', 'fr', 'constructor', '__proto__', ''].map((l) => forLanguage(table, l))).to.deep.equal(['English', 'English', 'Dutch', 'Dutch', 'Dutch', 'Dutch']);
  });
});
