import { describe, it } from 'node:test';
import { expect } from 'chai';
import { matchParties, percent, points, type UserAnswer } from '../../src/core/match.js';
import { friendliness } from '../../src/format.js';
import type { Answer, KeyPoint, Party, Statement } from '../../src/core/types.js';

const st = (id: string, keyPoint = 'opvang', recommended?: Answer): Statement => ({
  id,
  keyPoint,
  text: `Stelling ${id}`,
  recommended,
});
const party = (id: string, positions: Record<string, Answer>, extra: Partial<Party> = {}): Party => ({
  id,
  name: `Partij ${id}`,
  positions: Object.fromEntries(Object.entries(positions).map(([k, position]) => [k, { position }])),
  ...extra,
});
const answers = (a: Record<string, Answer | 'skip' | [Answer, 'important']>) =>
  new Map<string, UserAnswer>(Object.entries(a).map(([k, v]) => (Array.isArray(v) ? [k, { answer: v[0], important: true }] : [k, { answer: v }])));
const run = (statements: Statement[], parties: Party[], a: Map<string, UserAnswer>) =>
  matchParties(statements, parties, a, (p) => String(p.name), 'nl')?.map((r) => [r.party.id, r.score]);

describe('points', () => {
  const table: [Answer, Answer | undefined, number][] = [
    ['agree', 'agree', 2],
    ['neutral', 'neutral', 2],
    ['disagree', 'disagree', 2],
    ['agree', 'neutral', 1],
    ['neutral', 'agree', 1],
    ['disagree', 'neutral', 1],
    ['neutral', 'disagree', 1],
    ['agree', 'disagree', 0],
    ['disagree', 'agree', 0],
    ['agree', undefined, 0],
    ['neutral', undefined, 0],
    ['disagree', undefined, 0],
  ];
  for (const [user, p, expected] of table) {
    it(`reader ${user}, party ${p ?? 'unknown'} → ${expected}`, () => {
      expect(points(user, p)).to.equal(expected);
    });
  }
});

describe('percent', () => {
  it('rounds half up to a whole percent', () => {
    expect(percent(1, 8)).to.equal(13); // 12.5
    expect(percent(5, 8)).to.equal(63); // 62.5
    expect(percent(1, 3)).to.equal(33); // 33.33
    expect(percent(2, 3)).to.equal(67); // 66.67
    expect(percent(0, 6)).to.equal(0);
    expect(percent(6, 6)).to.equal(100);
  });
  it('does not round 0.5 down through floating point (e.g. 100·7/16 = 43.75, 100·1/200 = 0.5)', () => {
    expect(percent(7, 16)).to.equal(44);
    expect(percent(1, 200)).to.equal(1);
    expect(percent(29, 40)).to.equal(73); // 72.5
  });
});

describe('matchParties', () => {
  const statements = [st('s1'), st('s2'), st('s3'), st('s4')];

  it('scores by the formula over answered statements (hand-computed)', () => {
    // A: 2+2+1+0 = 5 of 8 → 62.5 → 63; B: 0+0+1+2 = 3 of 8 → 37.5 → 38
    const A = party('A', { s1: 'agree', s2: 'disagree', s3: 'agree', s4: 'agree' }, { list: 1 });
    const B = party('B', { s1: 'disagree', s2: 'agree', s3: 'disagree', s4: 'disagree' }, { list: 2 });
    const a = answers({ s1: 'agree', s2: 'disagree', s3: 'neutral', s4: 'disagree' });
    expect(run(statements, [B, A], a)).to.deep.equal([
      ['A', 63],
      ['B', 38],
    ]);
  });

  it('counts an important statement twice', () => {
    // A agrees on s1 (important, 2×2=4 of 4) and disagrees on s2 (0 of 2): 4 of 6 → 67
    const A = party('A', { s1: 'agree', s2: 'agree' });
    const a = answers({ s1: ['agree', 'important'], s2: 'disagree' });
    expect(run([st('s1'), st('s2')], [A], a)).to.deep.equal([['A', 67]]);
    // without important: 2 of 4 → 50
    expect(run([st('s1'), st('s2')], [A], answers({ s1: 'agree', s2: 'disagree' }))).to.deep.equal([['A', 50]]);
  });

  it('leaves skipped and unanswered statements out of both sums', () => {
    const A = party('A', { s1: 'agree', s2: 'disagree', s3: 'disagree', s4: 'disagree' });
    // only s1 counts: 2 of 2
    expect(run(statements, [A], answers({ s1: 'agree', s2: 'skip', s3: 'skip' }))).to.deep.equal([['A', 100]]);
  });

  it('gives 0 points, not a pass, for an unknown position', () => {
    const A = party('A', { s1: 'agree' }); // no position on s2
    // s1: 2, s2: 0 of 2 → 2 of 4 → 50
    expect(run([st('s1'), st('s2')], [A], answers({ s1: 'agree', s2: 'neutral' }))).to.deep.equal([['A', 50]]);
  });

  it('gives no result when every statement was skipped', () => {
    const A = party('A', { s1: 'agree' });
    expect(run([st('s1'), st('s2')], [A], answers({ s1: 'skip', s2: 'skip' }))).to.equal(undefined);
    expect(run([st('s1')], [A], answers({}))).to.equal(undefined);
  });

  it('breaks ties by list number, parties without one last, then by name in the UI language', () => {
    const same = { s1: 'agree' as Answer };
    const ps = [
      party('noListZ', same, { name: 'Zwaluw' }),
      party('list3', same, { list: 3 }),
      party('noListA', same, { name: 'Ánker' }),
      party('list1', same, { list: 1 }),
      party('noListB', same, { name: 'Bever' }),
    ];
    expect(run([st('s1')], ps, answers({ s1: 'agree' }))?.map((r) => r[0])).to.deep.equal([
      'list1',
      'list3',
      'noListA', // the collator puts Á with A, before B (code points would put it after Z)
      'noListB',
      'noListZ',
    ]);
  });

  it('orders by score before list number', () => {
    const A = party('A', { s1: 'disagree' }, { list: 1 });
    const B = party('B', { s1: 'agree' }, { list: 2 });
    expect(run([st('s1')], [A, B], answers({ s1: 'agree' }))).to.deep.equal([
      ['B', 100],
      ['A', 0],
    ]);
  });
});

describe('friendliness (deprecated in ./format: partyVerdict without the key points that have no verdict)', () => {
  const kps: KeyPoint[] = ['opvang', 'huisvesting', 'inburgering', 'werk'].map((id) => ({ id, title: id }));
  const statements = [
    st('s1', 'opvang', 'agree'),
    st('s2', 'opvang', 'disagree'),
    st('s3', 'huisvesting', 'agree'),
    st('s4', 'huisvesting'), // no recommendation: does not count
    st('s5', 'werk'), // key point without any recommendation: left out
  ];

  it('scores each key point with the recommended answers as the answers, weight 1', () => {
    const p = party('P', { s1: 'agree', s2: 'neutral', s3: 'disagree', s4: 'agree', s5: 'agree' });
    const r = friendliness(statements, kps, p).map((f) => [f.keyPoint.id, f.score]);
    // opvang: 2 + 1 of 4 → 75; huisvesting: s3 only, 0 of 2 → 0; inburgering, werk: none
    expect(r).to.deep.equal([
      ['opvang', 75],
      ['huisvesting', 0],
    ]);
  });

  it('leaves an unknown position out, as the verdict does (issue 21): a key point with none known has no verdict', () => {
    const p = party('P', { s1: 'agree' });
    // opvang: s1 alone, 2 of 2 → 100; huisvesting: s3 unknown, so no verdict (left out), never 0.
    expect(friendliness(statements, kps, p).map((f) => [f.keyPoint.id, f.score])).to.deep.equal([['opvang', 100]]);
  });
});
