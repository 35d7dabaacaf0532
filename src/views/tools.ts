/**
 * The tools chunk: what a reader can do on the result beyond reading it (choose parties,
 * change answers in place, see all parties per statement, put parties side by side).
 * Loaded when a tool is first opened, so a reader who only reads the result never
 * downloads it; it brings its own sheet and its strings in every UI language.
 */
import { css, type TemplateResult } from 'lit';
import { byBallot, groupByStance, sideBySideParties, sideBySideRows } from '../compare.js';
import { localise } from '../data/text.js';
import type { Answer, KeyPoint, Party, Statement } from '../data/types.js';
import type { Strings } from '../locales/index.js';
import type { ResultStrings } from '../locales/nl-result.js';
import { ar, en, nl, type ToolStrings } from '../locales/tools.js';
import type { UserAnswer } from '../match.js';
import { checksStyles } from './checks.styles.js';
import { partyChoiceView } from './party-choice.js';
import { sideBySideStyles } from './side-by-side.styles.js';
import { sideBySideView } from './side-by-side.js';
import { tuneStyles } from './tune.styles.js';
import { tuneView } from './tune.js';

export { announce } from './announce.js';
export const styles = css`${checksStyles}${tuneStyles}${sideBySideStyles}`;

/** Every string a tool shows: the UI's, the result's and the tools' own. */
export type Tt = Strings & ResultStrings & ToolStrings;

const own: Record<string, ToolStrings> = { nl, en, ar };
/** The tools' strings for a UI language (a value of `uiLanguage`), Dutch for any other. */
export const toolStrings = (lang: string): ToolStrings => own[lang.toLowerCase().split('-')[0]] ?? nl;

export type ToolName = 'parties' | 'tune' | 'side';

/**
 * How party names are shown, handed in by the result chunk (which shows them too): a
 * module both chunks imported would become a third file for every reader to fetch.
 */
export interface Names {
  label: (party: Party) => TemplateResult;
  plain: (party: Party) => string;
}

/** What the tools show, from the data and the reader state. */
export interface ToolsModel {
  statements: readonly Statement[];
  parties: readonly Party[];
  keyPoints: readonly KeyPoint[];
  answers: ReadonlyMap<string, UserAnswer>;
  hidden: ReadonlySet<string>;
  sideBySide: readonly string[];
  openTools: ReadonlySet<string>;
  names: Names;
}

export interface ToolsHandlers {
  onShown: (party: string) => void;
  onAnswer: (statement: string, answer: Answer | 'skip') => void;
  onImportant: (statement: string) => void;
  onSide: (party: string) => void;
  onToggleTool: (tool: string) => void;
}

/** The contents of one open tool; its disclosure belongs to the result view. */
export function toolView(name: ToolName, m: ToolsModel, on: ToolsHandlers, t: Tt, lang: string) {
  const displayName = (p: Party) => localise(p.name, lang);
  const parties = [...m.parties].sort(byBallot(displayName, lang));
  if (name === 'parties') return partyChoiceView({ parties, hidden: m.hidden, onToggle: on.onShown, names: m.names }, t);
  if (name === 'side') {
    const chosen = sideBySideParties(m.parties, m.sideBySide);
    return sideBySideView({ parties, chosen, rows: sideBySideRows(m.statements, chosen, m.answers), onChoose: on.onSide, names: m.names }, t, lang);
  }
  const items = m.statements.map((statement) => ({
    statement,
    keyPoint: m.keyPoints.find((k) => k.id === statement.keyPoint),
    answer: m.answers.get(statement.id),
    groups: m.openTools.has(`stances:${statement.id}`) ? groupByStance(statement, m.parties, displayName, lang) : undefined,
  }));
  return tuneView(
    { items, onAnswer: on.onAnswer, onImportant: on.onImportant, onToggleGroups: (id) => on.onToggleTool(`stances:${id}`), names: m.names },
    t,
    lang,
  );
}
