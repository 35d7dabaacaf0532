/** The share fragment: round trips whatever the ids, and never throws on what a link may become. */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import * as fc from 'fast-check';
import { encodeShare, shareUrl, type SharedResult } from '../../src/core/share-link.js';
import { applyShare, decodeShare } from '../../src/core/share-link-read.js';
import type { UserAnswer } from '../../src/core/match.js';

const answers = (entries: [string, UserAnswer][]) => new Map<string, UserAnswer>(entries);
const decodedValue = (hash: string) => {
  const d = decodeShare(hash);
  if (d.kind !== 'result') throw new Error(`expected a result, got ${d.kind}`);
  return d.value;
};

describe('share fragment', () => {
  it('is compact and versioned: version, gemeente, answers with Belangrijk in upper case, party choice', () => {
    const r: SharedResult = {
      gemeente: 'GM0001',
      answers: answers([
        ['s1', { answer: 'agree', important: true }],
        ['s2', { answer: 'disagree' }],
        ['s3', { answer: 'neutral' }],
        ['s4', { answer: 'skip' }],
        ['s5', { important: true }],
        ['s6', {}],
      ]),
      hidden: ['p1', 'p3'],
    };
    expect(encodeShare(r)).to.equal('stemhulp=1.GM0001.s1-A_s2-d_s3-n_s4-s_s5-X.p1_p3');
    expect(encodeShare({ ...r, hidden: undefined })).to.equal('stemhulp=1.GM0001.s1-A_s2-d_s3-n_s4-s_s5-X');
    expect(encodeShare({ ...r, hidden: [] })).to.equal('stemhulp=1.GM0001.s1-A_s2-d_s3-n_s4-s_s5-X');
  });

  it("replaces the page address's own fragment and keeps its path and query", () => {
    const url = shareUrl('https://krant.example/artikel?id=4#reacties', { gemeente: 'GM0001', answers: answers([['s1', { answer: 'agree' }]]) });
    expect(url).to.equal('https://krant.example/artikel?id=4#stemhulp=1.GM0001.s1-a');
    expect(new URL(url).hash).to.equal('#stemhulp=1.GM0001.s1-a');
  });

  it('round-trips any ids, also ones with separators, spaces, emoji and __proto__, through a real URL', () => {
    const id = fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom('__proto__', 'a.b', 'a_b', 'a-b', '%41', "~!*()'", 'ﷺ😀', ' '));
    const answer = fc.record(
      { answer: fc.constantFrom('agree', 'neutral', 'disagree', 'skip'), important: fc.constant(true) },
      { requiredKeys: ['answer'] },
    ) as fc.Arbitrary<UserAnswer>;
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(id, answer), { selector: ([k]) => k, maxLength: 20 }), fc.uniqueArray(id, { maxLength: 10 }), (entries, hidden) => {
        const r: SharedResult = { gemeente: 'GM0363', answers: answers(entries), hidden };
        // Through the URL parser, as the browser hands it back in location.hash.
        const back = decodedValue(new URL(shareUrl('https://example.org/p', r)).hash);
        expect(back.gemeente).to.equal('GM0363');
        expect([...back.answers]).to.deep.equal(entries);
        expect(back.hidden ?? []).to.deep.equal(hidden);
      }),
      { numRuns: 300 },
    );
  });

  it('a fragment that is not ours is ignored silently; ours but garbled is invalid', () => {
    for (const h of ['', '#', '#top', '#stemhulp', 'stemhulpx=1.GM0001.s1-a']) expect(decodeShare(h).kind, h).to.equal('none');
    const invalid = [
      '#stemhulp=',
      '#stemhulp=2.GM0001.s1-a', // a newer version
      '#stemhulp=1.GM0001', // cut off before the answers
      '#stemhulp=1.GM1.s1-a',
      '#stemhulp=1.<img src=x>.s1-a',
      '#stemhulp=1.GM0001.s1-q',
      '#stemhulp=1.GM0001.s1',
      '#stemhulp=1.GM0001.-a',
      '#stemhulp=1.GM0001.%E0%A4%A-a', // broken percent-encoding
      '#stemhulp=1.GM0001.s1-a.p1.extra',
      '#stemhulp=1.GM0001.s1-a.%ZZ',
      `#stemhulp=1.GM0001.${'x'.repeat(201)}-a`, // longer than any id can be
      `#stemhulp=1.GM0001.s1-a_${'y'.repeat(300_000)}`,
    ];
    for (const h of invalid) expect(decodeShare(h).kind, h.slice(0, 60)).to.equal('invalid');
  });

  it('never throws on arbitrary text after the key', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const d = decodeShare(`#stemhulp=${s}`);
        expect(['none', 'invalid', 'result']).to.include(d.kind);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom('1', '.', 'GM0001', '_', '-', 'a', 'A', 's1', '%', '%2E', 'x'), { maxLength: 30 }), (parts) => {
        const d = decodeShare(`#stemhulp=${parts.join('')}`);
        expect(['none', 'invalid', 'result']).to.include(d.kind);
      }),
      { numRuns: 500 },
    );
  });

  it('takes the first of duplicate ids, normalises the code, and looks at no more than the format allows', () => {
    const v = decodedValue('#stemhulp=1.gm0001.s1-a_s1-d.p1_p1');
    expect(v.gemeente).to.equal('GM0001');
    expect([...v.answers]).to.deep.equal([['s1', { answer: 'agree' }]]);
    expect(v.hidden).to.deep.equal(['p1']);
    const many = Array.from({ length: 150 }, (_, i) => `s${i}-a`).join('_');
    expect(decodedValue(`#stemhulp=1.GM0001.${many}`).answers.size).to.equal(100);
    expect(decodedValue('#stemhulp=1.GM0001.').answers.size).to.equal(0);
  });

  it('against the data: unknown statement and party ids are dropped; switching off every party switches off none', () => {
    const shared = decodedValue('#stemhulp=1.GM0001.s1-a_nope-d_s2-N_constructor-a.p1_ghost');
    const applied = applyShare(shared, ['s1', 's2', 's3'], ['p1', 'p2']);
    expect([...applied.answers]).to.deep.equal([
      ['s1', { answer: 'agree' }],
      ['s2', { answer: 'neutral', important: true }],
    ]);
    expect([...applied.hidden]).to.deep.equal(['p1']);
    expect([...applyShare(decodedValue('#stemhulp=1.GM0001.s1-a.p1_p2'), ['s1'], ['p1', 'p2']).hidden]).to.deep.equal([]);
  });
});
