/**
 * The lazy "quiz" chunk: the statement screen, fetched once the index is there; with the Dutch
 * glossary it also explains the interface's own words (on the start screen and the result).
 */
export * from '../ui/quiz/quiz.js';
export { quizModels } from '../ui/quiz/model.js';
export { wordsView, wordExplained } from '../ui/quiz/words.js';
