import type { TemplateResult } from 'lit';
import type { MunicipalityContent, KeyPoint } from '../data/types.js';
import { measure } from '../flip.js';
import type { Strings } from '../locales/index.js';
import { currentAnswers, hiddenParties, type Action, type ReaderState } from '../state.js';
import { names, resultStrings, resultView, type ResultModel } from './result.js';
import type * as Tools from './tools.js';

/** What the element hands the result screen: its derived model, the state, and how to act. */
export interface ResultContext {
  model: ResultModel;
  state: ReaderState;
  content: MunicipalityContent;
  keyPoints: readonly KeyPoint[];
  dispatch: (action: Action) => void;
  onPrevious: () => void;
  /** The tools chunk's view via `view` once it is loaded (loading it on first use), as `LazyViews.render` does. */
  tools: (view: (chunk: typeof Tools) => unknown) => unknown;
  /** The shadow root, to move re-ranked items smoothly; and a promise for the next render. */
  root: ParentNode;
  updated: () => Promise<unknown>;
}

/**
 * The result screen: the result view with the tools wired to the reader state. Changes
 * that re-rank the parties move the items to their new place (when motion is allowed);
 * the live region says what changed, in the words of the tools chunk that made the change.
 */
export function resultScreen(c: ResultContext, ui: Strings, lang: string): TemplateResult {
  const t = resultStrings(ui);
  const shown = names(t, lang);
  const { state, dispatch } = c;
  const rerank = (action: Action) => {
    const play = measure(c.root, 'ol.parties > li');
    dispatch(action);
    c.updated().then(play);
  };
  const on: Tools.ToolsHandlers = {
    onShown: (party) => rerank({ type: 'toggle-shown', party }),
    onAnswer: (statement, answer) => rerank({ type: 'tune-answer', statement, answer }),
    onImportant: (statement) => rerank({ type: 'tune-important', statement }),
    onSide: (party) => dispatch({ type: 'toggle-side', party }),
    onToggleTool: (tool) => dispatch({ type: 'toggle-tool', tool }),
  };
  const model: Tools.ToolsModel = {
    statements: c.content.statements,
    parties: c.content.parties,
    keyPoints: c.keyPoints,
    answers: currentAnswers(state),
    hidden: hiddenParties(state),
    sideBySide: state.sideBySide,
    openTools: state.openTools,
    names: shown,
  };
  const change = state.lastChange;
  const live = change
    ? c.tools((k) => {
        const tt = { ...t, ...k.toolStrings(lang) };
        const number = (id: string) => c.content.statements.findIndex((s) => s.id === id) + 1;
        const party = change.kind === 'party' ? c.content.parties.find((p) => p.id === change.party) : undefined;
        const described = change.kind === 'party' ? party && { ...change, party } : { ...change, statement: number(change.statement) };
        return described ? k.announce(described, c.model.ranking, shown, tt, lang) : '';
      })
    : '';
  return resultView(
    {
      ...c.model,
      live,
      onPrevious: c.onPrevious,
      onRestart: () => dispatch({ type: 'restart' }),
      onToggle: (party) => dispatch({ type: 'toggle-party', party }),
      onToggleTool: on.onToggleTool,
      tool: (name) => c.tools((k) => k.toolView(name, model, on, { ...t, ...k.toolStrings(lang) }, lang)),
    },
    ui,
    lang,
  );
}
