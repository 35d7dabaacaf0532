import { expect } from '@open-wc/testing';
import { matchParties } from '../../src/core/match.js';
import { partyVerdict, verdictOf, verdictScore, verdictTable } from '../../src/core/verdict.js';
import type { Answer, KeyPoint, Party, Statement } from '../../src/core/types.js';

const kps: KeyPoint[] = ['opvang', 'huisvesting', 'inburgering', 'werk'].map((id) => ({ id, title: id }));
const st = (id: string, keyPoint: string, recommended?: Answer): Statement => ({ id, keyPoint, text: id, recommended });
const party = (id: string, name: string, positions: Record<string, Answer>, list?: number): Party => ({
  id,
  name,
  list,
  positions: Object.fromEntries(Object.entries(positions).map(([k, position]) => [k, { position }])),
});

// Hand-computed below each party: points per recommended statement, then the percentages.
const statements = [
  st('s1', 'opvang', 'agree'),
  st('s2', 'opvang', 'disagree'),
  st('s3', 'huisvesting', 'agree'),
  st('s4', 'huisvesting'), // no recommendation: never counts
  st('s5', 'inburgering'), // inburgering has no recommended statement at all
  st('s6', 'werk', 'neutral'),
];
// s1 2, s2 1, s3 2, s6 1 → opvang 3/4 = 75, huisvesting 2/2 = 100, werk 1/2 = 50, total 6/8 = 75
const a = party('a', 'Partij A', { s1: 'agree', s2: 'neutral', s3: 'agree', s4: 'disagree', s5: 'agree', s6: 'agree' }, 2);
// Unknown on s1 and s3, left out: s2 2, s6 2 → opvang 2/2 = 100 on 1 of 2, huisvesting none known, werk 100, total 4/4 = 100 on 2 of 4
const b = party('b', 'Partij B', { s2: 'disagree', s6: 'neutral' }, 1);
// s1 2, s2 0, s3 1, s6 2 → opvang 50, huisvesting 50, werk 100, total 5/8 = 62.5 → 63 (half up)
const cPos: Record<string, Answer> = { s1: 'agree', s2: 'agree', s3: 'neutral', s6: 'neutral' };
const c = party('c', 'Partij Mu', cPos);
const d = party('d', 'Partij D', { s1: 'agree', s2: 'neutral', s3: 'agree', s6: 'agree' }, 3); // = A: 75
const e = party('e', 'Zeta Partij', cPos); // = C: 63, no list
const f = party('f', 'Ärende Partij', cPos); // = C: 63, no list; Ä sorts with A in Dutch, after Z in code points

const row = (p: Party) => partyVerdict(statements, kps, p);
const scores = (p: Party) => row(p).cells.map((x) => x.score);

describe('verdict', () => {
  it('per speerpunt and in total, by the formula with the recommended answers, all weights 1', () => {
    expect(scores(a)).to.deep.equal([75, 100, undefined, 50]);
    expect(row(a).total).to.equal(75);
    expect(scores(c)).to.deep.equal([50, 50, undefined, 100]);
    expect(row(c).total).to.equal(63);
  });

  it('an unknown position is left out, never scored 0: "no verdict" where nothing is known, and each verdict says what it rests on', () => {
    expect(scores(b)).to.deep.equal([100, undefined, undefined, 100]);
    expect(row(b).total).to.equal(100);
    expect(row(b).cells.map((x) => [x.known, x.statements.length])).to.deep.equal([
      [1, 2],
      [0, 1],
      [0, 0],
      [1, 1],
    ]);
    expect([row(b).known, row(b).statements.length]).to.deep.equal([2, 4]);
    expect(verdictOf(statements, b)).to.deep.equal({ score: 100, known: 2, of: 4 });
    expect(verdictOf(statements, a)).to.deep.equal({ score: 75, known: 4, of: 4 });
    // No known position on any recommended statement: no verdict, resting on none.
    expect(verdictOf(statements, party('n', 'Partij N', { s4: 'agree', s5: 'agree' }))).to.deep.equal({ score: undefined, known: 0, of: 4 });
    expect(verdictScore(statements, party('n', 'Partij N', {}))).to.equal(undefined);
  });

  it("the reader's match keeps its rule: there an unknown position earns 0", () => {
    // The recommended answers as the reader's: B's unknown s1 and s3 count 0 of 2 each, 4/8 = 50.
    const answers = new Map(statements.filter((s) => s.recommended).map((s) => [s.id, { answer: s.recommended }]));
    const [result] = matchParties(statements, [b], answers, (p) => p.name as string, 'nl')!;
    expect(result.score).to.equal(50);
  });

  it('a speerpunt without recommended statements has no verdict (undefined, never 0) and no statements', () => {
    const cell = row(a).cells[2];
    expect(cell.keyPoint.id).to.equal('inburgering');
    expect(cell.score).to.equal(undefined);
    expect(cell.statements).to.deep.equal([]);
  });

  it('each cell rests on exactly the recommended statements of its speerpunt; the total on all of them', () => {
    expect(row(a).cells.map((x) => x.statements.map((s) => s.id))).to.deep.equal([['s1', 's2'], ['s3'], [], ['s6']]);
    expect(row(a).statements.map((s) => s.id)).to.deep.equal(['s1', 's2', 's3', 's6']);
  });

  it('statements without recommendation do not count, whatever the party says', () => {
    expect(verdictScore([st('x', 'werk'), st('y', 'werk', 'agree')], party('p', 'P', { x: 'disagree', y: 'agree' }))).to.equal(100);
  });

  it('sorts by Totaal, then lijstnummer, then name with Intl.Collator, parties without a number after those with one', () => {
    const table = verdictTable(statements, kps, [b, c, e, d, a, f], (p) => p.name as string, 'nl');
    expect(table.hasVerdict).to.equal(true);
    expect(table.judged, 'the deprecated name').to.equal(true);
    expect(table.rows.map((r) => [r.party.id, r.total])).to.deep.equal([
      ['b', 100], // on 2 of 4 statements: its unknown positions are left out
      ['a', 75], // tie with D: list 2 before list 3
      ['d', 75],
      ['f', 63], // three without list: Ärende, Partij Mu, Zeta
      ['c', 63],
      ['e', 63],
    ]);
    // A party without any known position has no total: after every number.
    const n = party('n', 'Partij N', {}, 0.5);
    expect(verdictTable(statements, kps, [n, a], (p) => p.name as string, 'nl').rows.map((r) => [r.party.id, r.total])).to.deep.equal([
      ['a', 75],
      ['n', undefined],
    ]);
  });

  it('a gemeente without any recommendation: no verdict anywhere, rows by lijstnummer then name', () => {
    const none = statements.map((s) => ({ ...s, recommended: undefined }));
    const table = verdictTable(none, kps, [e, b, f, a], (p) => p.name as string, 'nl');
    expect(table.hasVerdict).to.equal(false);
    expect(table.judged, 'the deprecated name').to.equal(false);
    expect(table.rows.map((r) => r.party.id)).to.deep.equal(['b', 'a', 'f', 'e']);
    for (const r of table.rows) {
      expect(r.total).to.equal(undefined);
      expect(r.cells.every((x) => x.score === undefined)).to.equal(true);
    }
  });
});
