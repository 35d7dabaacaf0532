/**
 * What the tools' views share, apart from the tools chunk entry (`tools.ts`) that imports
 * them all: the strings they read, how party names are shown, and a position in words.
 */
import type { TemplateResult } from 'lit';
import type { Answer, Party } from '../../core/types.js';
import type { Strings } from '../../i18n/types.js';
import type { ResultStrings } from '../../i18n/types.js';
import type { ToolStrings } from '../../i18n/part-types.js';
import { answerWord } from '../common/common.js';

/** Every string a tool shows: the UI's, the result's and the tools' own. */
export type Tt = Strings & ResultStrings & ToolStrings;

/**
 * How party names are shown, handed in by the result chunk (which shows them too): a
 * module both chunks imported would become a third file for every reader to fetch.
 */
export interface Names {
  label: (party: Party) => TemplateResult;
  plain: (party: Party) => string;
}

/** A party's position (or the reader's answer) in words; `unknownStance` when there is none. */
export const stanceWord = (t: Tt, s: Answer | 'unknown') => answerWord(t, s, t.unknownStance);
