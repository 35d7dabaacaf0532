/** The lazy "quiz" chunk: the statement screen, fetched once the index is there. */
export * from '../ui/quiz/quiz.js';
export { quizModels } from '../ui/quiz/model.js';
