/** The data format's optional `glossary`, in the index, a municipality file and inline content. */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { KeyPoint, Problem, Validated } from '../../../src/core/types.js';
import { validateIndex, validateMunicipalityFile } from '../../../src/core/validate.js';

const KP: readonly KeyPoint[] = ['opvang'].map((id) => ({ id, title: id }));
const content = { statements: [{ id: 's1', keyPoint: 'opvang', text: 'Een azc' }], parties: [{ id: 'p1', name: 'A', positions: { s1: { position: 'agree' } } }] };
const index = (glossary: unknown, inline: Record<string, unknown> = {}) => ({
  format: 'stemhulp/1',
  glossary,
  municipalities: [{ code: 'GM0999', name: 'Voorbeeldstad', ...content, ...inline }],
});
const vi = (json: unknown) => validateIndex(json, 'https://example.org/index.json', KP);
function ok<T>(r: Validated<T>): { value: T; warnings: Problem[] } {
  expect(r.ok, JSON.stringify(r)).to.equal(true);
  return r as { value: T; warnings: Problem[] };
}
const paths = (ps: Problem[]) => ps.map((p) => p.path);

describe('glossary in the data', () => {
  it('is optional: without it nothing is added', () => {
    const { value, warnings } = ok(vi(index(undefined)));
    expect(value).to.not.have.property('glossary');
    expect(value.municipalities[0].content).to.not.have.property('glossary');
    expect(warnings).to.deep.equal([]);
  });

  it('keeps term, explanation and other forms as Text, in the index and inline', () => {
    const g = [{ term: 'azc', explanation: { nl: 'Asielzoekerscentrum.', en: 'Asylum centre.' }, also: ["azc's", { en: 'asylum centre' }] }];
    const { value } = ok(vi(index(g, { glossary: [{ term: 'COA', explanation: 'Het COA.' }] })));
    expect(value.glossary).to.deep.equal(g);
    expect(value.municipalities[0].content!.glossary).to.deep.equal([{ term: 'COA', explanation: 'Het COA.' }]);
  });

  it('in a municipality file too', () => {
    const r = ok(validateMunicipalityFile({ ...content, glossary: [{ term: 'azc', explanation: 'Uitleg.' }] }, 'GM0999', ['opvang']));
    expect(r.value.glossary).to.deep.equal([{ term: 'azc', explanation: 'Uitleg.' }]);
  });

  it('leaves a bad entry out with a warning naming its path; the rest and the stemhulp still work', () => {
    const { value, warnings } = ok(
      vi(index([{ term: '', explanation: 'x' }, { term: 'azc' }, 'azc', { term: 'COA', explanation: 'Het COA.', also: 'coa' }, { term: 'ok', explanation: 'Goed.' }])),
    );
    expect(value.glossary).to.deep.equal([{ term: 'ok', explanation: 'Goed.' }]);
    expect(paths(warnings)).to.deep.equal(['glossary[0].term', 'glossary[1].explanation', 'glossary[2]', 'glossary[3].also']);
    for (const w of warnings) expect(w.message).to.match(/^expected .*; entry ignored$/);
  });

  it('an explanation over 1,000 characters is left out, in any language, with its length', () => {
    const { value, warnings } = ok(
      vi(
        index([
          { term: 'azc', explanation: { nl: 'kort', en: 'x'.repeat(1001) } },
          { term: 'b', explanation: 'y'.repeat(1000) },
        ]),
      ),
    );
    expect(value.glossary!.map((e) => e.term)).to.deep.equal(['b']);
    expect(warnings).to.deep.equal([{ path: 'glossary[0].explanation.en', message: 'expected at most 1000 characters, found 1001; entry ignored' }]);
  });

  it('takes at most 20 other forms per entry and reports the rest once, without reading them', () => {
    const also = Array.from({ length: 95_000 }, (_, i) => `a${i}`);
    let read = 0;
    const counted = new Proxy(also, { get: (t, k) => (typeof k === 'string' && /^\d+$/.test(k) && read++, Reflect.get(t, k)) });
    const { value, warnings } = ok(vi(index([{ term: 'a', explanation: 'x', also: counted }])));
    expect(value.glossary![0].also).to.deep.equal(also.slice(0, 20));
    expect(warnings).to.deep.equal([{ path: 'glossary[0].also', message: 'expected at most 20 other forms, found 95000; the rest ignored' }]);
    expect(read, 'forms read').to.be.at.most(40);
  });

  it('a term or other form over 100 characters leaves the entry out, in any language, with its length', () => {
    const long = 'a '.repeat(50) + '1b';
    const { value, warnings } = ok(
      vi(
        index([
          { term: long, explanation: 'x' },
          { term: 'b', explanation: 'x', also: ['bb', { nl: 'b', en: 'c'.repeat(101) }] },
          { term: 'd'.repeat(100), explanation: 'Precies op de grens.', also: ['e'.repeat(100)] },
        ]),
      ),
    );
    expect(value.glossary!.map((e) => e.term)).to.deep.equal(['d'.repeat(100)]);
    expect(warnings).to.deep.equal([
      { path: 'glossary[0].term', message: 'expected a word or a few, at most 100 characters, found 102; entry ignored' },
      { path: 'glossary[1].also[1].en', message: 'expected a word or a few, at most 100 characters, found 101; entry ignored' },
    ]);
  });

  it('takes at most 200 entries and reports the rest once', () => {
    const many = Array.from({ length: 205 }, (_, i) => ({ term: `woord${i}`, explanation: 'Uitleg.' }));
    const { value, warnings } = ok(vi(index(many)));
    expect(value.glossary).to.have.length(200);
    expect(warnings).to.deep.equal([{ path: 'glossary', message: 'expected at most 200 entries, found 205; the rest ignored' }]);
  });

  it('something that is not a list is ignored with a warning', () => {
    const { value, warnings } = ok(vi(index({ azc: 'Asielzoekerscentrum' })));
    expect(value).to.not.have.property('glossary');
    expect(paths(warnings)).to.deep.equal(['glossary']);
  });
});
