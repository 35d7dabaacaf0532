/** The result's view model (src/ui/result/model.ts): pure, so read here without a page. */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { cautionLines, chartModel, resultStrings, screenModel } from '../../src/ui/result/model.js';
import { initialState, type ReaderState } from '../../src/state/state.js';
import { nl } from '../../src/i18n/nl/ui.js';
import type { Ranking } from '../../src/core/ranking.js';
import type { VerdictOf } from '../../src/core/verdict.js';
import type { Answer, MunicipalityContent, Party } from '../../src/core/types.js';

const t = resultStrings(nl);
const party = (id: string, positions: Record<string, Answer>): Party => ({
  id,
  name: `Partij ${id}`,
  positions: Object.fromEntries(Object.entries(positions).map(([k, position]) => [k, { position }])),
});
const A = party('A', { s1: 'agree', s2: 'agree' });
const B = party('B', { s1: 'disagree', s2: 'agree' });
const content = { statements: [1, 2].map((i) => ({ id: `s${i}`, keyPoint: 'opvang', text: `Stelling ${i}` })), parties: [A, B] } as unknown as MunicipalityContent;
const answers = new Map([['s1', { answer: 'agree' as const }]]);
const state: ReaderState = { ...initialState, gemeente: 'GM0001', answers: new Map([['GM0001', answers]]) };

describe('the result view model', () => {
  it('ranks the chosen parties and counts them of all, from the reader state', () => {
    const hidden = { ...state, hiddenParties: new Map([['GM0001', new Set(['B'])]]) };
    const m = screenModel(content, hidden, 'nl');
    expect(m.ranking?.parties.map((p) => [p.party.id, p.score])).to.deep.equal([['A', 100]]);
    expect([m.partyCount, m.shownCount, m.shared]).to.deep.equal([2, 1, false]);
    expect(screenModel(content, { ...state, shared: answers }, 'nl').shared).to.equal(true);
  });

  it('says each caution in one sentence, and none when the result reads as it is', () => {
    const r: Ranking = { parties: [], tooClose: true, fewAnswered: true, answered: 1, total: 9 };
    expect(cautionLines(r, t)).to.deep.equal([t.fewAnswered(1, 9), t.tooClose, t.noPartyChosen]);
    expect(cautionLines(r, t, true)[0]).to.equal(t.sharedFewAnswered(1, 9));
    expect(cautionLines({ ...r, parties: screenModel(content, state, 'nl').ranking!.parties, tooClose: false, fewAnswered: false }, t)).to.deep.equal([]);
  });

  it('plots the parties with a verdict and names those whose positions are unknown', () => {
    const ranking = screenModel(content, state, 'nl').ranking!;
    const verdicts = new Map<string, VerdictOf>([
      ['A', { score: 80, known: 1, of: 2 }],
      ['B', { score: undefined, known: 0, of: 2 }],
    ]);
    const m = chartModel('Org', ranking, verdicts);
    expect(m.rows.map((r) => [r.party.id, r.match, r.verdict, r.basis.known])).to.deep.equal([['A', 100, 80, 1]]);
    expect(m.unplotted.map((p) => p.id)).to.deep.equal(['B']);
    expect(chartModel('Org', ranking, new Map()).unplotted).to.deep.equal([]);
  });
});
