import type { TemplateResult } from 'lit';
import { localise } from '../data/text.js';
import type { KeyPoint, MunicipalityContent } from '../data/types.js';
import type { Strings } from '../locales/index.js';
import { memo } from '../memo.js';
import { rankParties } from '../ranking.js';
import '../state-result.js';
import { currentAnswers, hiddenParties, resultTools, type Action, type Answers, type ReaderState } from '../state.js';
import { names, resultStrings, resultView, type ResultModel } from './result.js';
import type * as Tools from './tools.js';

/** What the element hands the result screen: its derived model, the state, and how to act. */
export interface ResultContext {
  model: ResultModel;
  state: ReaderState;
  content: MunicipalityContent;
  keyPoints: readonly KeyPoint[];
  dispatch: (action: Action) => void;
  /** The tools chunk's view via `view` once it is loaded (loading it on first use), as `LazyViews.render` does. */
  tools: (view: (chunk: typeof Tools) => unknown) => unknown;
  /** The shadow root (to move re-ranked items smoothly, to find focus) and a promise for the next render. */
  root: ShadowRoot;
  updated: () => Promise<unknown>;
}

/** The chosen parties ranked; recomputed only when the answers, the choice or the language change. */
const ranked = memo((content: MunicipalityContent, answers: Answers, hidden: ReadonlySet<string>, lang: string) =>
  rankParties(content.statements, content.parties, answers, (p) => localise(p.name, lang), lang, (p) => !hidden.has(p.id)),
);

/** `Ongedaan maken` only for a while: on a shared device the next person must not bring the answers back. */
const undoFor = 60_000;

/**
 * The result screen: the result view with the tools' disclosures, whose contents (and
 * the live region's words for a change made with them) come from the tools chunk.
 */
export function resultScreen(c: ResultContext, ui: Strings, lang: string): TemplateResult {
  const t = resultStrings(ui);
  const { state, dispatch, content } = c;
  const hidden = hiddenParties(state);
  const ranking = ranked(content, currentAnswers(state), hidden, lang);
  const tools = resultTools(state);
  const ctx = { ...c, names: names(t, lang), ranking };
  const withUndoTimer = (action: Action) => {
    dispatch(action);
    if (action.type !== 'restart-with-undo') return;
    const id = (state.restarts ?? 0) + 1;
    setTimeout(() => {
      // Focus on the button that goes moves to the start button rather than being lost.
      const focused = c.root.activeElement?.id === 'undo';
      dispatch({ type: 'forget-undo', id });
      if (focused) c.updated().then(() => c.root.querySelector<HTMLElement>('[part~="start"]')?.focus());
    }, undoFor);
  };
  return resultView(
    {
      ...c.model,
      ranking,
      partyCount: content.parties.length,
      shownCount: content.parties.filter((p) => !hidden.has(p.id)).length,
      openTools: tools.open,
      live: tools.lastChange ? c.tools((k) => k.say(tools.lastChange!, ctx, t, lang)) : '',
      dispatch: withUndoTimer,
      tool: (name) => c.tools((k) => k.toolView(name, ctx, t, lang)),
    },
    ui,
    lang,
  );
}
