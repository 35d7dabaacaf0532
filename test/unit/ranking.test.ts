import { describe, it } from 'node:test';
import { expect } from 'chai';
import { rankParties } from '../../src/core/ranking.js';
import type { UserAnswer } from '../../src/core/match.js';
import type { Answer, Party, Statement } from '../../src/core/types.js';

const st = (id: string): Statement => ({ id, keyPoint: 'opvang', text: `Stelling ${id}` });
const party = (id: string, positions: Record<string, Answer>, list?: number): Party => ({
  id,
  name: `Partij ${id}`,
  list,
  positions: Object.fromEntries(Object.entries(positions).map(([k, position]) => [k, { position }])),
});
const answers = (a: Record<string, Answer | 'skip' | [Answer, 'important']>) =>
  new Map<string, UserAnswer>(Object.entries(a).map(([k, v]) => (Array.isArray(v) ? [k, { answer: v[0], important: true }] : [k, { answer: v }])));
const rank = (statements: Statement[], parties: Party[], a: Map<string, UserAnswer>, shown?: (p: Party) => boolean) =>
  rankParties(statements, parties, a, (p) => String(p.name), 'nl', shown);
const rows = (r: ReturnType<typeof rank>) => r?.parties.map((p) => [p.party.id, p.score, p.rank, p.tied]);

describe('rankParties', () => {
  const six = ['s1', 's2', 's3', 's4', 's5', 's6'].map(st);

  it('gives equal scores one shared rank, says they are tied, and skips the next rank (1, 1, 3)', () => {
    // Reader: agree on s1..s3. A: 3×2 = 6 of 6 → 100. B and C: 2+2+0 = 4 of 6 → 67. D: 0 → 0.
    const A = party('A', { s1: 'agree', s2: 'agree', s3: 'agree' }, 4);
    const B = party('B', { s1: 'agree', s2: 'agree', s3: 'disagree' }, 2);
    const C = party('C', { s1: 'disagree', s2: 'agree', s3: 'agree' }, 3);
    const D = party('D', { s1: 'disagree', s2: 'disagree', s3: 'disagree' }, 1);
    const r = rank(six.slice(0, 3), [D, C, B, A], answers({ s1: 'agree', s2: 'agree', s3: 'agree' }));
    expect(rows(r)).to.deep.equal([
      ['A', 100, 1, false],
      ['B', 67, 2, true], // B before C by ballot number, same rank
      ['C', 67, 2, true],
      ['D', 0, 4, false],
    ]);
  });

  it('shares rank 1 when the top parties tie', () => {
    const A = party('A', { s1: 'agree' }, 1);
    const B = party('B', { s1: 'agree' }, 2);
    const C = party('C', { s1: 'agree' }, 3);
    expect(rows(rank([st('s1')], [A, B, C], answers({ s1: 'agree' })))).to.deep.equal([
      ['A', 100, 1, true],
      ['B', 100, 1, true],
      ['C', 100, 1, true],
    ]);
  });

  it('ties on the rounded percentage the reader sees, even where the points differ', () => {
    // 99 important statements and one normal one (s99): max 99×4 + 2 = 398 points.
    const statements = Array.from({ length: 100 }, (_, i) => st(`s${i}`));
    const a = new Map<string, UserAnswer>(statements.map((s, i) => [s.id, { answer: 'agree', important: i < 99 }]));
    const agreeOn = (from: number) => Object.fromEntries(statements.slice(from, from + 25).map((s) => [s.id, 'agree' as Answer]));
    // A: 25 important agrees = 100 points → 25.13 → 25. B: the same plus neutral on s99 = 101 → 25.38 → 25.
    const A = party('A', agreeOn(0), 1);
    const B = party('B', { ...agreeOn(50), s99: 'neutral' }, 2);
    expect(rows(rank(statements, [B, A], a))).to.deep.equal([
      ['A', 25, 1, true],
      ['B', 25, 1, true],
    ]);
  });

  it('narrows to the chosen parties and ranks only those', () => {
    const A = party('A', { s1: 'agree' }, 1);
    const B = party('B', { s1: 'neutral' }, 2);
    const C = party('C', { s1: 'disagree' }, 3);
    const r = rank([st('s1')], [A, B, C], answers({ s1: 'agree' }), (p) => p.id !== 'A');
    // Without A, B (1 of 2 → 50) is first and C (0) second.
    expect(rows(r)).to.deep.equal([
      ['B', 50, 1, false],
      ['C', 0, 2, false],
    ]);
  });

  it('gives an empty ranking (not no result) when no party is chosen', () => {
    const r = rank([st('s1')], [party('A', { s1: 'agree' })], answers({ s1: 'agree' }), () => false);
    expect(r?.parties).to.deep.equal([]);
    expect(r?.tooClose).to.equal(false);
  });

  it('gives no result when every statement was skipped', () => {
    expect(rank([st('s1')], [party('A', { s1: 'agree' })], answers({ s1: 'skip' }))).to.equal(undefined);
    expect(rank([st('s1')], [party('A', { s1: 'agree' })], answers({ s1: 'skip' }), () => false)).to.equal(undefined);
  });

  describe('too close to mean much', () => {
    // Six answered, weight 1: max 12 points; one statement is 2 points.
    const reader = answers({ s1: 'agree', s2: 'agree', s3: 'agree', s4: 'agree', s5: 'agree', s6: 'agree' });
    const pos = (...ps: Answer[]) => Object.fromEntries(ps.map((p, i) => [`s${i + 1}`, p]));

    it('when the top two differ by 1 point (less than one statement)', () => {
      // A: 5×2 + 1 = 11 of 12 → 92; B: 5×2 = 10 → 83. Difference 1 point < 2.
      const A = party('A', pos('agree', 'agree', 'agree', 'agree', 'agree', 'neutral'), 1);
      const B = party('B', pos('agree', 'agree', 'agree', 'agree', 'agree', 'disagree'), 2);
      expect(rank(six, [A, B], reader)?.tooClose).to.equal(true);
    });

    it('not when they differ by exactly one statement (2 points)', () => {
      // A: 12 → 100; B: 10 → 83.
      const A = party('A', pos('agree', 'agree', 'agree', 'agree', 'agree', 'agree'), 1);
      const B = party('B', pos('agree', 'agree', 'agree', 'agree', 'agree', 'disagree'), 2);
      expect(rank(six, [A, B], reader)?.tooClose).to.equal(false);
    });

    it('when they tie', () => {
      const A = party('A', pos('agree'), 1);
      const B = party('B', pos('agree'), 2);
      expect(rank(six, [A, B], reader)?.tooClose).to.equal(true);
    });

    it('scales with Belangrijk: every statement important keeps the same answer', () => {
      const all = answers(Object.fromEntries(six.map((s) => [s.id, ['agree', 'important']])) as Record<string, [Answer, 'important']>);
      // Points double (A 22, B 20 of 24), and so does one statement's weight (4): difference 2 < 4.
      const A = party('A', pos('agree', 'agree', 'agree', 'agree', 'agree', 'neutral'), 1);
      const B = party('B', pos('agree', 'agree', 'agree', 'agree', 'agree', 'disagree'), 2);
      expect(rank(six, [A, B], all)?.tooClose).to.equal(true);
      const A2 = party('A', pos('agree', 'agree', 'agree', 'agree', 'agree', 'agree'), 1);
      expect(rank(six, [A2, B], all)?.tooClose).to.equal(false);
    });

    it('uses the lightest answered statement when only some are important', () => {
      // s1 important (w 2), s2 normal: max 6; one statement = 2 points (the normal one).
      const a = answers({ s1: ['agree', 'important'], s2: 'agree' });
      // A: 4 + 2 = 6 → 100; B: 4 + 1 = 5 → 83. Difference 1 < 2.
      const A = party('A', { s1: 'agree', s2: 'agree' }, 1);
      const B = party('B', { s1: 'agree', s2: 'neutral' }, 2);
      expect(rank(six.slice(0, 2), [A, B], a)?.tooClose).to.equal(true);
      // C: 0 + 2 = 2 → 33. Difference 4 from A.
      const C = party('C', { s1: 'disagree', s2: 'agree' }, 2);
      expect(rank(six.slice(0, 2), [A, C], a)?.tooClose).to.equal(false);
    });

    it('never with a single party shown', () => {
      expect(rank(six, [party('A', pos('agree'))], reader)?.tooClose).to.equal(false);
    });

    it('looks at the top two of the chosen parties only', () => {
      const A = party('A', pos('agree', 'agree', 'agree', 'agree', 'agree', 'agree'), 1);
      const B = party('B', pos('agree', 'agree', 'agree', 'agree', 'agree', 'neutral'), 2);
      const C = party('C', pos('disagree'), 3);
      expect(rank(six, [A, B, C], reader)?.tooClose).to.equal(true);
      expect(rank(six, [A, B, C], reader, (p) => p.id !== 'B')?.tooClose).to.equal(false);
    });
  });

  describe('fewer than a third answered', () => {
    const A = party('A', { s1: 'agree' });
    it('says so with 1 of 6 answered (the rest skipped or open)', () => {
      const r = rank(six, [A], answers({ s1: 'agree', s2: 'skip', s3: 'skip' }));
      expect([r?.fewAnswered, r?.answered, r?.total]).to.deep.equal([true, 1, 6]);
    });
    it('not with exactly a third (2 of 6)', () => {
      const r = rank(six, [A], answers({ s1: 'agree', s2: 'disagree' }));
      expect([r?.fewAnswered, r?.answered]).to.deep.equal([false, 2]);
    });
    it('with 2 of 7 (2 × 3 < 7)', () => {
      const r = rank([...six, st('s7')], [A], answers({ s1: 'agree', s2: 'disagree' }));
      expect(r?.fewAnswered).to.equal(true);
    });
  });
});
