/**
 * The quiz chunk draws a sample statement once when it arrives, in a fragment never shown,
 * so that Lit's first preparation of its templates is not in the task that draws the
 * reader's first statement (issue 14). The sample is only worth it if it goes through the
 * templates the reader's screen uses; it must never throw (the chunk catches it anyway).
 */
import { expect } from '@open-wc/testing';
import { drawSample as quizSample } from '../../src/ui/quiz/quiz.js';

describe('the sample the quiz chunk draws ahead', () => {
  it('the quiz: a statement with a marked hard word, its explanation, the answers and the nav', () => {
    const f = quizSample();
    expect(f.querySelector('#statement-text .term'), 'a hard word in the statement').to.exist;
    expect(f.querySelector('details.explanation'), 'the explanation').to.exist;
    expect(f.querySelectorAll('[part~="answer"]')).to.have.length(3);
    expect(f.querySelector('.nav button'), 'the nav').to.exist;
  });
});
