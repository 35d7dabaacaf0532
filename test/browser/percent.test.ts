import { expect } from '@open-wc/testing';
import { formatPercent } from '../../src/ui/common/percent.js';

describe('formatPercent', () => {
  for (const lang of ['nl', 'en', 'ar']) {
    it(`${lang}: every whole percentage reads as Intl.NumberFormat writes it, in Latin digits`, () => {
      const intl = new Intl.NumberFormat(lang, { style: 'percent', numberingSystem: 'latn' });
      for (let n = 0; n <= 100; n++) expect(formatPercent(n, lang), `${n}`).to.equal(intl.format(n / 100));
    });
  }

  it('another language, and a fraction, go through Intl', () => {
    expect(formatPercent(75, 'tr')).to.equal(new Intl.NumberFormat('tr', { style: 'percent', numberingSystem: 'latn' }).format(0.75));
    expect(formatPercent(62.5, 'nl')).to.equal(new Intl.NumberFormat('nl', { style: 'percent', numberingSystem: 'latn' }).format(0.625));
  });
});
