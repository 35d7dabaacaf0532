import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/** The budget from the README: the ESM bundle, Lit included, at most 20 KB gzip. */
const BUDGET = 20 * 1024;

interface Size {
  bytes: number;
  gzip: number;
  brotli: number;
}

describe('bundle size', () => {
  it(`dist/stemhulp-widget.js is at most ${BUDGET} bytes gzip (npm test builds it first)`, async () => {
    const size = await executeServerCommand<Size, { file: string }>('bundle-size', { file: 'stemhulp-widget.js' });
    expect(size.gzip, `gzip size ${size.gzip}`).to.be.at.most(BUDGET);
    expect(size.gzip).to.be.greaterThan(5000); // Lit alone is ~5.6 KB: a tiny file means a broken build
  });
});
