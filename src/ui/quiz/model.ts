/**
 * The statement screen's view model, derived from the data and the reader's state. Here in
 * the quiz chunk, not in the main file: only a reader who starts the quiz needs it.
 */
import type { KeyPoint, Statement } from '../../core/types.js';
import type { LoadedIndex, LoadedGemeente } from '../../data/load.js';
import { memo } from '../../lib/memo.js';
import { currentAnswers, type Answers, type ReaderState } from '../../state/state.js';
import type { QuizModel } from './quiz.js';

/** The quiz's model for one element, made once per element (element/derive.ts, `of`): its memo is that element's. */
export const quizModels = () => {
  /** Every statement answered or skipped: the quiz offers the result directly. */
  const complete = memo((statements: readonly Statement[], answers: Answers) => statements.every((s) => answers.get(s.id)?.answer));
  return (index: LoadedIndex, m: LoadedGemeente, step: number, state: ReaderState, keyPoints: readonly KeyPoint[]): QuizModel => {
    const { statements } = m.content;
    const statement = statements[step];
    const answers = currentAnswers(state);
    return {
      statement,
      keyPoint: keyPoints.find((k) => k.id === statement.keyPoint),
      step,
      total: statements.length,
      answer: answers.get(statement.id),
      complete: complete(statements, answers),
      glossaries: [m.content.glossary, index.index.glossary],
      openTerms: state.openTerms,
    };
  };
};
