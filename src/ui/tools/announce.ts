import type { Answer, Party } from '../../core/types.js';
import type { Ranking } from '../../core/ranking.js';
import { stanceWord, type Names, type Tt } from './names.js';

/** What the reader just changed on the result, as the live region says it (state's `ResultChange` in words). `statement` is the 1-based number shown. */
export type SpokenChange =
  { kind: 'answer'; statement: number; answer: Answer | 'skip' } | { kind: 'important'; statement: number; on: boolean } | { kind: 'party'; party: Party; on: boolean };

/** Who is at the top now, tied parties together: the part of the effect a listener needs first. */
function top(ranking: Ranking | undefined, names: Names, t: Tt, lang: string) {
  const first = ranking?.parties.filter((p) => p.rank === 1) ?? [];
  if (!first.length) return t.noTop;
  const all = first.map((p) => names.plain(p.party));
  return all.length > 1 ? t.topTied(new Intl.ListFormat(lang, { type: 'conjunction' }).format(all), first[0].score) : t.topIs(all[0], first[0].score);
}

/** One sentence for the live region: what changed, and who is at the top now. */
export function announce(change: SpokenChange, ranking: Ranking | undefined, names: Names, t: Tt, lang: string): string {
  const now = top(ranking, names, t, lang);
  switch (change.kind) {
    case 'answer':
      return t.answerChanged(change.statement, (change.answer === 'skip' ? t.skipped : stanceWord(t, change.answer)).toLocaleLowerCase(lang), now);
    case 'important':
      return (change.on ? t.importantOn : t.importantOff)(change.statement, now);
    case 'party':
      return (change.on ? t.partyOn : t.partyOff)(names.plain(change.party), now);
  }
}
