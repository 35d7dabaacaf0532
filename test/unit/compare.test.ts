import { describe, it } from 'node:test';
import { expect } from 'chai';
import { groupByStance, sideBySideParties, sideBySideRows } from '../../src/core/compare.js';
import type { UserAnswer } from '../../src/core/match.js';
import type { Answer, Party, Statement } from '../../src/core/types.js';

const st = (id: string): Statement => ({ id, keyPoint: 'opvang', text: `Stelling ${id}` });
const party = (id: string, positions: Record<string, Answer>, extra: Partial<Party> = {}): Party => ({
  id,
  name: `Partij ${id}`,
  positions: Object.fromEntries(Object.entries(positions).map(([k, position]) => [k, { position, explanation: `${id} over ${k}` }])),
  ...extra,
});
const name = (p: Party) => String(p.name);

describe('groupByStance', () => {
  it('puts every party in one of four groups, in button order, each in ballot order', () => {
    const ps = [
      party('A', { s1: 'agree' }, { list: 3 }),
      party('B', { s1: 'disagree' }, { list: 1 }),
      party('C', { s2: 'agree' }, { list: 2 }), // nothing on s1: unknown
      party('D', { s1: 'agree' }, { list: 1 }),
      party('E', { s1: 'neutral' }),
      party('F', { s1: 'agree' }, { name: 'Ánker' }), // no list: after those with one, by name
      party('G', { s1: 'agree' }, { name: 'Bever' }),
    ];
    const groups = groupByStance(st('s1'), ps, name, 'nl').map((g) => [g.stance, g.parties.map((p) => p.id)]);
    expect(groups).to.deep.equal([
      ['agree', ['D', 'A', 'F', 'G']],
      ['neutral', ['E']],
      ['disagree', ['B']],
      ['unknown', ['C']],
    ]);
  });

  it('keeps empty groups', () => {
    const groups = groupByStance(st('s1'), [party('A', { s1: 'agree' })], name, 'nl');
    expect(groups.map((g) => g.parties.length)).to.deep.equal([1, 0, 0, 0]);
  });
});

describe('sideBySideParties', () => {
  const ps = ['A', 'B', 'C', 'D'].map((id) => party(id, {}));
  it('keeps the order chosen, ignores unknown ids and stops at three', () => {
    expect(sideBySideParties(ps, ['C', 'zz', 'A']).map((p) => p.id)).to.deep.equal(['C', 'A']);
    expect(sideBySideParties(ps, ['D', 'C', 'B', 'A']).map((p) => p.id)).to.deep.equal(['D', 'C', 'B']);
  });
});

describe('sideBySideRows', () => {
  it('gives per statement the reader answer, Belangrijk, each position (unknown as undefined) and agreement', () => {
    const A = party('A', { s1: 'agree', s2: 'agree', s3: 'neutral' });
    const B = party('B', { s1: 'disagree', s3: 'neutral' });
    const answers = new Map<string, UserAnswer>([
      ['s1', { answer: 'agree', important: true }],
      ['s2', { answer: 'skip' }],
      ['s3', { answer: 'neutral' }],
    ]);
    const rows = sideBySideRows([st('s1'), st('s2'), st('s3'), st('s4')], [A, B], answers);
    expect(rows.map((r) => [r.statement.id, r.answer, r.important, r.positions.map((p) => p?.position), r.same])).to.deep.equal([
      ['s1', 'agree', true, ['agree', 'disagree'], [true, false]],
      ['s2', 'skip', false, ['agree', undefined], [false, false]], // skipped: never "the same"
      ['s3', 'neutral', false, ['neutral', 'neutral'], [true, true]],
      ['s4', undefined, false, [undefined, undefined], [false, false]],
    ]);
    expect(rows[0].positions[0]?.explanation).to.equal('A over s1');
  });
});
