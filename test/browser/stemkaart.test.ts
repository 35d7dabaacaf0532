/** The printed card's view model (Print je uitslag): what one A4 page holds, computed by hand here. */
import { expect } from '@open-wc/testing';
import type { Answer, Party, Statement } from '../../src/core/types.js';
import { matchParties, type UserAnswer } from '../../src/core/match.js';
import { cutAtWord, stemkaartModel } from '../../src/core/card.js';
import { verdictOf } from '../../src/core/verdict.js';
import { address } from '../../src/ui/common/common.js';

const st = (id: string, recommended?: Answer, keyPoint = 'opvang'): Statement => ({ id, keyPoint, text: `Stelling ${id}`, recommended });
const party = (id: string, positions: Record<string, Answer>, list?: number): Party => ({
  id,
  name: { nl: `Partij ${id}`, en: `Party ${id}` },
  list,
  positions: Object.fromEntries(Object.entries(positions).map(([k, position]) => [k, { position }])),
});

describe('stemkaart model', () => {
  const statements = [st('s1', 'agree'), st('s2', 'disagree'), st('s3')];
  const parties = [
    party('a', { s1: 'agree', s2: 'disagree', s3: 'agree' }, 1),
    party('b', { s1: 'disagree', s2: 'agree', s3: 'agree' }, 2),
    ...['c', 'd', 'e', 'f', 'g'].map((id, i) => party(id, { s1: 'neutral' }, i + 3)),
  ];
  const answers = new Map<string, UserAnswer>([
    ['s1', { answer: 'agree', important: true }],
    ['s2', { answer: 'skip' }],
  ]);
  const index = {
    election: { name: { nl: 'Verkiezing', en: 'Election' }, date: '2026-03-18' },
    organisation: { name: 'Testorganisatie', url: 'https://example.org/org' },
    links: { pollingStation: 'https://example.org/stembureau', flyer: 'https://example.org/flyer.pdf' },
  };

  const verdicts = (ps: readonly Party[], sts: readonly Statement[] = statements) => new Map(ps.map((p) => [p.id, verdictOf(sts, p)]));

  it('holds the top five matches with their verdict, every answer, the polling station and the organisation', () => {
    const results = matchParties(statements, parties, answers, (p) => String(p.name), 'en')!;
    const m = stemkaartModel(index, 'Aadorp', statements, results, answers, 'en', verdicts(parties));
    expect(m.gemeente).to.equal('Aadorp');
    expect(m.election).to.equal('Election');
    expect(m.date).to.equal('2026-03-18');
    // c to f have no position on s2: left out of the verdict (1 of 2 points on s1 alone, 50%), not scored 0.
    expect(m.top.map((p) => [p.name, p.list, p.score, p.verdict])).to.deep.equal([
      ['Party a', 1, 100, { score: 100, known: 2, of: 2 }],
      ['Party c', 3, 50, { score: 50, known: 1, of: 2 }],
      ['Party d', 4, 50, { score: 50, known: 1, of: 2 }],
      ['Party e', 5, 50, { score: 50, known: 1, of: 2 }],
      ['Party f', 6, 50, { score: 50, known: 1, of: 2 }],
    ]);
    expect(m.chosen).to.equal(undefined);
    expect(m.answers).to.deep.equal([
      { text: 'Stelling s1', answer: 'agree', important: true },
      { text: 'Stelling s2', answer: 'skip', important: false },
      { text: 'Stelling s3', answer: undefined, important: false },
    ]);
    expect(m.pollingStation).to.equal('example.org/stembureau');
    expect(m.organisation).to.deep.equal({ name: 'Testorganisatie', address: 'example.org/org' });
  });

  it('leaves out what the data does not give', () => {
    const results = matchParties(statements, parties.slice(0, 2), answers, (p) => String(p.name), 'nl')!;
    const none = [st('s1'), st('s2'), st('s3')];
    const m = stemkaartModel({ links: {} }, 'Aadorp', none, results, answers, 'nl', verdicts(parties, none));
    expect(m.top.length).to.equal(2);
    expect(m.top.every((p) => p.verdict?.of === 0 && p.verdict.score === undefined)).to.equal(true);
    expect([m.election, m.date, m.pollingStation, m.organisation]).to.deep.equal([undefined, undefined, undefined, undefined]);
  });
});

describe('stemkaart model: the party choice', () => {
  it('lists the best matches among the parties the reader chose, and says how many of how many', () => {
    const sts = [st('s1', 'agree')];
    const ps = ['a', 'b', 'c'].map((id, i) => party(id, { s1: 'agree' }, i + 1));
    const answers = new Map<string, UserAnswer>([['s1', { answer: 'agree' }]]);
    const results = matchParties(sts, ps, answers, (p) => String(p.name), 'nl')!;
    const m = stemkaartModel({ links: {} }, 'A', sts, results, answers, 'nl', new Map(), new Set(['a']));
    expect(m.top.map((p) => p.name)).to.deep.equal(['Partij b', 'Partij c']);
    expect(m.chosen).to.deep.equal({ shown: 2, total: 3 });
  });
});

describe('cutAtWord (statements on paper)', () => {
  it('cuts at a word boundary with an ellipsis, never inside a word', () => {
    const s = 'Iedere statushouder krijgt een eigen inburgeringsplan dat past bij zijn of haar situatie.';
    expect(cutAtWord(s, 200)).to.equal(s);
    expect(cutAtWord(s, 66)).to.equal('Iedere statushouder krijgt een eigen inburgeringsplan dat past…');
    for (let max = 1; max <= s.length + 1; max++) {
      const cut = cutAtWord(s, max);
      if (cut === s) continue;
      const shown = cut.slice(0, -1);
      expect(cut.endsWith('…'), `${max}`).to.equal(true);
      // Every word shown is a whole word of the statement, in order: a prefix that ends at a space.
      expect(s.startsWith(shown) && s[shown.length] === ' ', `${max}: ${cut}`).to.equal(true);
      expect(cut.length <= max || !shown.includes(' '), `${max}: ${cut}`).to.equal(true);
    }
  });

  it('keeps a first word longer than the room whole, leaves no comma before the ellipsis, and folds white space', () => {
    expect(cutAtWord('Arbeidsmarktparticipatiebevordering voor iedereen', 10)).to.equal('Arbeidsmarktparticipatiebevordering…');
    expect(cutAtWord('Onderwijsvoorzieningen', 5)).to.equal('Onderwijsvoorzieningen');
    expect(cutAtWord('Eerst dit, dan dat en nog veel meer', 12)).to.equal('Eerst dit…');
    expect(cutAtWord('  twee\n regels  ', 20)).to.equal('twee regels');
    expect(cutAtWord('تفتح البلدية موقع استقبال صغيرًا لطالبي اللجوء في حي سكني عادي.', 30)).to.equal('تفتح البلدية موقع استقبال…');
  });
});

describe('printable address', () => {
  it('drops what a reader need not type', () => {
    expect(address('https://www.waarismijnstemlokaal.nl/')).to.equal('waarismijnstemlokaal.nl');
    expect(address('https://example.org/stembureau?gemeente=GM0001')).to.equal('example.org/stembureau?gemeente=GM0001');
    expect(address('http://example.org/a/')).to.equal('example.org/a');
  });

  it('the card prints no address for a link that is not http(s)', () => {
    const m = stemkaartModel({ links: { pollingStation: 'javascript:alert(1)' }, organisation: { name: 'X', url: 'data:text/html,x' } }, 'A', [], [], new Map(), 'nl', new Map());
    expect(m.pollingStation).to.equal(undefined);
    expect(m.organisation).to.deep.equal({ name: 'X', address: undefined });
  });
});
