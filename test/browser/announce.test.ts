import { expect } from '@open-wc/testing';
import { announce } from '../../src/ui/tools/announce.js';
import { rankParties } from '../../src/core/ranking.js';
import { loadLanguage, stringsFor } from '../../src/i18n/index.js';
import { nlResult } from '../../src/i18n/nl/result.js';
import { words } from '../../src/i18n/tools.js';
import { toolStrings, type Tt } from '../../src/ui/tools/tools.js';
import { partyLabel, partyText } from '../../src/ui/common/party-name.js';
import type { UserAnswer } from '../../src/core/match.js';
import type { Answer, Party, Statement } from '../../src/core/types.js';

const st = (id: string): Statement => ({ id, keyPoint: 'opvang', text: id });
const party = (id: string, s1: Answer, list?: number): Party => ({ id, name: `Partij ${id}`, list, positions: { s1: { position: s1 } } });
const A = party('A', 'agree', 1);
const B = party('B', 'agree', 2);
const C = party('C', 'disagree');
/** The strings the tools chunk gets: the UI's, the result's, its own. */
const strings = (lang: string): Tt => ({ ...nlResult, ...stringsFor(lang), ...toolStrings(lang) }) as Tt;
const nl = strings('nl');
const names = (lang: string) => ({ label: (p: Party) => partyLabel(p, strings(lang), lang), plain: (p: Party) => partyText(p, strings(lang), lang) });
const rank = (parties: Party[], answer: Answer) => rankParties([st('s1')], parties, new Map<string, UserAnswer>([['s1', { answer }]]), (p) => String(p.name), 'nl');

describe('announce', () => {
  it('says the new answer and the party at the top, in one sentence', () => {
    const s = announce({ kind: 'answer', statement: 3, answer: 'disagree' }, rank([A, C], 'disagree'), names('nl'), nl, 'nl');
    expect(s).to.equal('Stelling 3: je antwoord is nu oneens; bovenaan staat nu Partij C met 100 procent.');
    expect(s.match(/\./g)).to.have.length(1);
  });

  it('names every party tied at the top', () => {
    const s = announce({ kind: 'important', statement: 1, on: true }, rank([A, B, C], 'agree'), names('nl'), nl, 'nl');
    expect(s).to.equal('Stelling 1 telt nu dubbel; bovenaan staan nu Partij A (lijst 1) en Partij B (lijst 2) gelijk met 100 procent.');
  });

  it('says a skipped answer as skipped, and a party leaving or coming back', () => {
    expect(announce({ kind: 'answer', statement: 2, answer: 'skip' }, rank([A], 'agree'), names('nl'), nl, 'nl')).to.match(/^Stelling 2: je antwoord is nu overgeslagen;/);
    expect(announce({ kind: 'party', party: A, on: false }, rank([C], 'agree'), names('nl'), nl, 'nl')).to.equal(
      'Partij A (lijst 1) staat niet meer in de uitslag; bovenaan staat nu Partij C met 0 procent.',
    );
    expect(announce({ kind: 'party', party: C, on: false }, rank([], 'agree'), names('nl'), nl, 'nl')).to.equal('Partij C staat niet meer in de uitslag; er is geen uitslag.');
  });

  it('speaks English and Arabic too', async () => {
    await loadLanguage('en');
    await loadLanguage('ar');
    // The tools' words of a language other than Dutch are its parts chunk, loaded as the element does before it draws a tool.
    await loadLanguage('en', words);
    await loadLanguage('ar', words);
    expect(announce({ kind: 'important', statement: 2, on: false }, rank([A, C], 'agree'), names('en'), strings('en'), 'en')).to.equal(
      'Statement 2 now counts once; Partij A (list 1) is now at the top with 100 percent.',
    );
    expect(announce({ kind: 'party', party: A, on: true }, rank([A], 'agree'), names('ar'), strings('ar'), 'ar')).to.contain('عاد إلى النتيجة');
  });
});
