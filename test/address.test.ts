/** Addresses as a person types them from paper or a kiosk screen. */
import { expect } from '@open-wc/testing';
import { printableAddress } from '../src/address.js';

describe('printable address', () => {
  it('drops what a reader need not type, and anything not http(s)', () => {
    expect(printableAddress('https://www.waarismijnstemlokaal.nl/')).to.equal('waarismijnstemlokaal.nl');
    expect(printableAddress('https://example.org/stembureau?gemeente=GM0001')).to.equal('example.org/stembureau?gemeente=GM0001');
    expect(printableAddress('http://example.org/a/')).to.equal('example.org/a');
    expect(printableAddress('javascript:alert(1)')).to.equal(undefined);
    expect(printableAddress('niet een url')).to.equal(undefined);
    expect(printableAddress(undefined)).to.equal(undefined);
  });
});
