/** `links.reading` in the index (data format, "The index file"): further reading, warnings only. */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { KeyPoint } from '../../../src/core/types.js';
import { validateIndex } from '../../../src/core/validate.js';

const KP: readonly KeyPoint[] = [{ id: 'opvang', title: 'opvang' }];
const index = (links: unknown) => ({
  format: 'stemhulp/1',
  links,
  municipalities: [{ code: 'GM0363', name: 'Amsterdam', data: 'gemeenten/GM0363.json' }],
});
const run = (links: unknown) => {
  const r = validateIndex(index(links), 'https://example.org/index.json', KP);
  expect(r.ok, JSON.stringify(r)).to.equal(true);
  return r as Extract<typeof r, { ok: true }>;
};

describe('links.reading', () => {
  it('keeps titled http(s) links, with localised titles, beside the other links', () => {
    const r = run({
      flyer: 'https://example.org/flyer.pdf',
      reading: [
        { title: '(G)een kans in de gemeente: het verhaal van Khaled', url: 'https://example.org/khaled' },
        { title: { nl: 'Vluchtelingen en de woningcrisis', en: 'Refugees and the housing crisis' }, url: 'http://example.org/wonen' },
      ],
    });
    expect(r.warnings).to.deep.equal([]);
    expect(r.value.links.flyer).to.equal('https://example.org/flyer.pdf');
    expect(r.value.links.reading).to.deep.equal([
      { title: '(G)een kans in de gemeente: het verhaal van Khaled', url: 'https://example.org/khaled' },
      { title: { nl: 'Vluchtelingen en de woningcrisis', en: 'Refugees and the housing crisis' }, url: 'http://example.org/wonen' },
    ]);
  });

  it('drops an entry with a bad link or no title with a warning naming it; the index stays valid', () => {
    const r = run({
      reading: [
        { title: 'Script', url: 'javascript:alert(1)' },
        { url: 'https://example.org/zonder-titel' },
        { title: 'Zonder link' },
        'https://example.org/los',
        { title: 'Goed', url: 'https://example.org/goed' },
      ],
    });
    expect(r.value.links.reading).to.deep.equal([{ title: 'Goed', url: 'https://example.org/goed' }]);
    expect(r.warnings.map((w) => w.path)).to.deep.equal(['links.reading[0].url', 'links.reading[1].title', 'links.reading[2].url', 'links.reading[3]']);
    expect(r.warnings[0].message).to.contain('dropped');
    expect(r.warnings[1].message).to.equal('expected a text that is not empty, found nothing; this link is left out');
  });

  it('at most 10: the rest are ignored with one warning; not a list is ignored with a warning', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ title: `T${i}`, url: `https://example.org/${i}` }));
    const r = run({ reading: many });
    expect(r.value.links.reading).to.have.length(10);
    expect(r.warnings.map((w) => [w.path, w.message])).to.deep.equal([['links.reading', 'expected at most 10 links, found 12; the rest are ignored']]);
    const r2 = run({ reading: 'https://example.org/x' });
    expect(r2.value.links.reading).to.equal(undefined);
    expect(r2.warnings[0].path).to.equal('links.reading');
  });
});
