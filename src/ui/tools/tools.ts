/**
 * The tools chunk: what a reader can do on the result beyond reading it (choose parties,
 * change answers in place, see all parties per statement, put parties side by side).
 * Loaded when a tool is first opened, so a reader who only reads the result never
 * downloads it; it brings its own sheet and its Dutch strings (another language's come in its
 * parts chunk, loaded before the tools are drawn in it).
 */
import { css } from 'lit';
import { byBallot, groupByStance, sideBySideParties, sideBySideRows } from '../../core/compare.js';
import { localise } from '../../core/text.js';
import type { KeyPoint, MunicipalityContent, Party, Position } from '../../core/types.js';
import { measure } from '../../lib/flip.js';
import { toolStrings } from '../../i18n/tools.js';
import type { ResultStrings, Strings } from '../../i18n/types.js';
import type { Ranking } from '../../core/ranking.js';
import { currentAnswers, type Action, type ReaderState, type ResultChange, type ResultTools } from '../../state/state.js';
import { announce } from './announce.js';
import type { Names, Tt } from './names.js';
import { checksStyles } from './checks.styles.js';
import { partyChoiceView } from './party-choice.js';
import { sideBySideStyles } from './side-by-side.styles.js';
import { sideBySideView } from './side-by-side.js';
import { tuneStyles } from './tune.styles.js';
import { tuneView } from './tune.js';

export type { Names, Tt } from './names.js';

export const styles = css`${checksStyles}${tuneStyles}${sideBySideStyles}`;

export { toolStrings };

export type ToolName = 'parties' | 'tune' | 'side';

/** What the result screen hands a tool: the data, the reader state, how to act, how to show names. */
export interface ToolContext {
  state: ReaderState;
  content: MunicipalityContent;
  keyPoints: readonly KeyPoint[];
  dispatch: (action: Action) => void;
  root: ParentNode;
  updated: () => Promise<unknown>;
  names: Names;
  /** Who gave a position, and when (from the result, which shares it with the verdict). */
  by: (pos: Position | undefined) => unknown;
  ranking: Ranking | undefined;
  /** The parties unchecked under `Partijen`, and the tools in use. */
  hidden: ReadonlySet<string>;
  open: ResultTools;
}

/** Sends an action that re-ranks the parties, moving the items to their new place when motion is allowed. */
function rerank(c: ToolContext, action: Action) {
  const play = measure(c.root, 'ol.parties > li');
  c.dispatch(action);
  c.updated().then(play);
}

/** The contents of one open tool; its disclosure belongs to the result view. */
export function toolView(name: ToolName, c: ToolContext, rt: Strings & ResultStrings, lang: string) {
  const t: Tt = { ...rt, ...toolStrings(lang) };
  const displayName = (p: Party) => localise(p.name, lang);
  const { statements, parties: all } = c.content;
  const answers = currentAnswers(c.state);
  const { sideBySide, open } = c.open;
  const parties = [...all].sort(byBallot(displayName, lang));
  if (name === 'parties') {
    const onToggle = (party: string) => rerank(c, { type: 'toggle-shown', party });
    return partyChoiceView({ parties, hidden: c.hidden, onToggle, names: c.names }, t);
  }
  if (name === 'side') {
    const chosen = sideBySideParties(all, sideBySide);
    const onChoose = (party: string) => c.dispatch({ type: 'toggle-side', party });
    return sideBySideView({ parties, chosen, rows: sideBySideRows(statements, chosen, answers), onChoose, names: c.names, by: c.by }, t, lang);
  }
  const items = statements.map((statement) => ({
    statement,
    keyPoint: c.keyPoints.find((k) => k.id === statement.keyPoint),
    answer: answers.get(statement.id),
    // The parties chosen under Kies partijen, as everywhere on the result.
    groups: open.has(`stances:${statement.id}`)
      ? groupByStance(
          statement,
          all.filter((p) => !c.hidden.has(p.id)),
          displayName,
          lang,
        )
      : undefined,
  }));
  return tuneView(
    {
      items,
      onAnswer: (statement, answer) => rerank(c, { type: 'tune-answer', statement, answer }),
      onImportant: (statement) => rerank(c, { type: 'tune-important', statement }),
      onToggleGroups: (id) => c.dispatch({ type: 'toggle-tool', tool: `stances:${id}` }),
      names: c.names,
      by: c.by,
    },
    t,
    lang,
  );
}

/** The live region's sentence for the last change made with a tool. */
export function say(change: ResultChange, c: ToolContext, rt: Strings & ResultStrings, lang: string) {
  const t: Tt = { ...rt, ...toolStrings(lang) };
  const { statements, parties } = c.content;
  // The other boxes are disabled now: without this a screen reader hears no reason why.
  if (change.kind === 'side-full') return t.sideBySideFull;
  if (change.kind === 'party') {
    const party = parties.find((p) => p.id === change.party);
    return party ? announce({ ...change, party }, c.ranking, c.names, t, lang) : '';
  }
  return announce({ ...change, statement: statements.findIndex((s) => s.id === change.statement) + 1 }, c.ranking, c.names, t, lang);
}
