/** The stemkaart's view model: what one A4 page holds, computed by hand here. */
import { expect } from '@open-wc/testing';
import type { Answer, Party, Statement } from '../src/data/types.js';
import { matchParties, type UserAnswer } from '../src/match.js';
import { stemkaartModel } from '../src/stemkaart.js';
import { verdictScore } from '../src/verdict.js';
import { address } from '../src/views/common.js';

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

  it('holds the top five matches with their verdict, every answer, the polling station and the organisation', () => {
    const results = matchParties(statements, parties, answers, (p) => String(p.name), 'en')!;
    const m = stemkaartModel(index, 'Aadorp', statements, results, answers, 'en', verdictScore);
    expect(m.municipality).to.equal('Aadorp');
    expect(m.election).to.equal('Election');
    expect(m.date).to.equal('2026-03-18');
    expect(m.top.map((p) => [p.name, p.list, p.score, p.verdict])).to.deep.equal([
      ['Party a', 1, 100, 100],
      ['Party c', 3, 50, 25],
      ['Party d', 4, 50, 25],
      ['Party e', 5, 50, 25],
      ['Party f', 6, 50, 25],
    ]);
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
    const m = stemkaartModel({ links: {} }, 'Aadorp', [st('s1'), st('s2'), st('s3')], results, answers, 'nl', verdictScore);
    expect(m.top.length).to.equal(2);
    expect(m.top.every((p) => p.verdict === undefined)).to.equal(true);
    expect([m.election, m.date, m.pollingStation, m.organisation]).to.deep.equal([undefined, undefined, undefined, undefined]);
  });
});

describe('printable address', () => {
  it('drops what a reader need not type', () => {
    expect(address('https://www.waarismijnstemlokaal.nl/')).to.equal('waarismijnstemlokaal.nl');
    expect(address('https://example.org/stembureau?gemeente=GM0001')).to.equal('example.org/stembureau?gemeente=GM0001');
    expect(address('http://example.org/a/')).to.equal('example.org/a');
  });

  it('the card prints no address for a link that is not http(s)', () => {
    const m = stemkaartModel({ links: { pollingStation: 'javascript:alert(1)' }, organisation: { name: 'X', url: 'data:text/html,x' } }, 'A', [], [], new Map(), 'nl', verdictScore);
    expect(m.pollingStation).to.equal(undefined);
    expect(m.organisation).to.deep.equal({ name: 'X', address: undefined });
  });
});
